package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import dev.profilesync.testing.ConfigBuilder;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Samba Active Directory domain controller that .ci/test-env.sh provisions (docs/testing.md, "Active Directory"):
 * its coordinates from the {@code profilesync.ad.*} system properties, and what the seed put in it. Tests call
 * {@link #assumeRunning()} in {@code @BeforeEach}, so they are skipped where the properties are absent (a plain {@code mvn verify},
 * or a machine where Samba could not start).
 */
public final class SambaDirectory {
    /** People seeded under {@link #peopleDn()}: {@code user0000} ... {@code user1599}. */
    public static final int USERS = 1_600;
    /** user0000 ... user0049 have the password {@link #userPassword()}; the others have none. */
    public static final int USERS_WITH_PASSWORD = 50;
    /** How AD tells people from computers (which are objectClass user too). */
    public static final String USERS_FILTER = "(&(objectCategory=person)(objectClass=user))";
    /** Samba's LDAPS port (fixed, like its LDAP port); its certificate is self-signed, made at start. */
    public static final int LDAPS_PORT = 636;
    /** The group every seeded person is a member of: more values than AD's MaxValRange of 1500. */
    public static final String ALL_STAFF = "all-staff";

    private SambaDirectory() {
    }

    /** Whether test-env started the AD DC (the properties are there). */
    public static boolean running() {
        return System.getProperty("profilesync.ad.url") != null;
    }

    /**
     * Skips the calling test when test-env did not start the AD DC. Call it from {@code @BeforeEach}: from
     * {@code @BeforeAll} Surefire reports the class as 0 tests run instead of skipped, and the skip goes unseen.
     */
    public static void assumeRunning() {
        assumeTrue(running(),
                "no Samba AD DC: run through .ci/run (or .ci/test-env.sh run ...) or pass -Dprofilesync.ad.url and friends");
    }

    /** {@code ldap://127.0.0.1:389}. */
    public static String url() {
        return property("url");
    }

    /** The host of {@link #url()}, 127.0.0.1. */
    public static String host() {
        return ldapUrl().getHost();
    }

    /** The port of {@link #url()}, 389. */
    public static int port() {
        return ldapUrl().getPort();
    }

    /** The ordinary read-only account {@code CN=reader,CN=Users,...}. */
    public static String bindDn() {
        return property("bindDn");
    }

    public static String password() {
        return property("password");
    }

    /** The domain root, {@code DC=ad,DC=example,DC=com}. */
    public static String baseDn() {
        return property("baseDn");
    }

    public static String peopleDn() {
        return "OU=People," + baseDn();
    }

    public static String groupsDn() {
        return "OU=Groups," + baseDn();
    }

    /** The domain's Administrator: may write anything. */
    public static String adminDn() {
        return property("adminDn");
    }

    public static String adminPassword() {
        return property("adminPassword");
    }

    /** The password of user0000 ... user0049 (for binds as a person). */
    public static String userPassword() {
        return property("userPassword");
    }

    /** {@code user0042} for 42. */
    public static String username(int index) {
        return String.format("user%04d", index);
    }

    /** {@code CN=user0042,OU=People,...}. */
    public static String userDn(int index) {
        return "CN=" + username(index) + "," + peopleDn();
    }

    /** Index of the seeded manager of user {@code index} (user0000 has none). */
    public static int managerOf(int index) {
        return index / 10;
    }

    /** Every hundredth person, user0000, user0100, ..., has a thumbnailPhoto (src/test/resources/.../ad-thumbnail.jpg). */
    public static boolean hasPhoto(int index) {
        return index % 100 == 0;
    }

    /** user0099, user0199, ... are disabled accounts (userAccountControl 546). */
    public static boolean isDisabled(int index) {
        return index % 100 == 99;
    }

    /** The adapter's settings for the seeded people, bound as the reader. */
    static ConfigBuilder config() {
        return new ConfigBuilder().url(url()).bindDn(bindDn()).password(password()).baseDn(baseDn())
                .userDn("OU=People").userFilter(USERS_FILTER).usernameAttribute("sAMAccountName")
                .uuidAttribute("objectGUID").timestampAttribute("whenChanged");
    }

    /** A new UnboundID connection bound as the Administrator; the caller closes it. */
    public static LDAPConnection adminConnection() throws LDAPException {
        return connect(adminDn(), adminPassword());
    }

    /** A new UnboundID connection bound as the reader; the caller closes it. */
    public static LDAPConnection readerConnection() throws LDAPException {
        return connect(bindDn(), password());
    }

    private static LDAPConnection connect(String dn, String secret) throws LDAPException {
        return new LDAPConnection(host(), port(), dn, secret);
    }

    private static LDAPURL ldapUrl() {
        try {
            return new LDAPURL(url());
        } catch (LDAPException e) {
            throw new IllegalStateException("-Dprofilesync.ad.url is not an LDAP URL: " + url(), e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty("profilesync.ad." + name);
        if (value == null) {
            throw new IllegalStateException("-Dprofilesync.ad." + name + " is not set; call assumeRunning() first");
        }
        return value;
    }
}
