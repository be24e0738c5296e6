package dev.profilesync.engine;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import dev.profilesync.ldap.LdapDirectoryConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pictures in OpenLDAP's jpegPhoto (inetOrgPerson), against the CI's slapd: people under their own
 * {@code ou=pictures}, so the seeded {@code ou=people} of other tests is untouched.
 */
class SlapdPictureSyncTest extends PictureSyncContract {
    private static String base;

    @BeforeAll
    static void requireSlapd() {
        assumeTrue(System.getProperty("profilesync.slapd.url") != null
                        && System.getProperty("profilesync.slapd.adminDn") != null,
                "no slapd: run through .ci/test-env.sh (see docs/testing.md)");
        base = "ou=pictures," + System.getProperty("profilesync.slapd.baseDn");
    }

    /** Leaves slapd as the other tests expect it: no people outside their ou=people. */
    @AfterAll
    static void removeThePicturesBranch() throws LDAPException {
        if (base == null) {
            return;
        }
        try (LDAPConnection admin = admin()) {
            if (admin.getEntry(base) != null) {
                for (var entry : admin.search(base, SearchScope.ONE, "(objectClass=*)").getSearchEntries()) {
                    admin.delete(entry.getDN());
                }
                admin.delete(base);
            }
        }
    }

    @Override
    protected String attribute() {
        return "jpegPhoto";
    }

    @Override
    protected void resetPeople() throws LDAPException {
        try (LDAPConnection admin = admin()) {
            if (admin.getEntry(base) != null) {
                for (var entry : admin.search(base, SearchScope.ONE, "(objectClass=*)").getSearchEntries()) {
                    admin.delete(entry.getDN());
                }
            } else {
                admin.add(new Entry(base, new Attribute("objectClass", "organizationalUnit"),
                        new Attribute("ou", "pictures")));
            }
            for (String uid : new String[] {"pic-ann", "pic-bob"}) {
                admin.add(new Entry(dn(uid), new Attribute("objectClass", "inetOrgPerson"), new Attribute("uid", uid),
                        new Attribute("cn", uid), new Attribute("sn", "Surname of " + uid)));
            }
        }
    }

    @Override
    protected void putPicture(String username, byte[] picture) throws LDAPException {
        try (LDAPConnection admin = admin()) {
            admin.modify(dn(username), new Modification(ModificationType.REPLACE, "jpegPhoto", picture));
        }
    }

    @Override
    protected void removePicture(String username) throws LDAPException {
        try (LDAPConnection admin = admin()) {
            admin.modify(dn(username), new Modification(ModificationType.DELETE, "jpegPhoto"));
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_ATTRIBUTE) {
                throw e;
            }
        }
    }

    @Override
    protected LdapDirectoryConfig config() {
        URI url = URI.create(System.getProperty("profilesync.slapd.url"));
        return new LdapDirectoryConfig("slapd", "slapd", url.toString(), LdapDirectoryConfig.Security.NONE,
                System.getProperty("profilesync.slapd.bindDn"), System.getProperty("profilesync.slapd.password"),
                System.getProperty("profilesync.slapd.baseDn"), "ou=pictures", "(objectClass=inetOrgPerson)", "uid",
                "entryUUID", "modifyTimestamp", true, 500, false, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private static String dn(String uid) {
        return "uid=" + uid + "," + base;
    }

    private static LDAPConnection admin() throws LDAPException {
        URI url = URI.create(System.getProperty("profilesync.slapd.url"));
        return new LDAPConnection(url.getHost(), url.getPort(), System.getProperty("profilesync.slapd.adminDn"),
                System.getProperty("profilesync.slapd.adminPassword"));
    }
}
