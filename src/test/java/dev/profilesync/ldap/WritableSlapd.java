package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;

import java.time.Duration;

/** {@link WritableDirectory} on the real slapd of .ci/test-env.sh: the admin is the database's rootdn. */
public final class WritableSlapd extends WritableDirectory {
    private static final String URL = System.getProperty("profilesync.slapd.url");

    WritableSlapd() throws LDAPException {
        super("ou", "writeback-");
    }

    /** Whether the suite runs with slapd (the test-env properties are set). */
    public static boolean available() {
        return URL != null && System.getProperty("profilesync.slapd.adminDn") != null;
    }

    public String url() {
        return URL;
    }

    @Override
    public String id() {
        return "slapd";
    }

    @Override
    public String baseDn() {
        return System.getProperty("profilesync.slapd.baseDn");
    }

    @Override
    public String adminDn() {
        return System.getProperty("profilesync.slapd.adminDn");
    }

    @Override
    public String adminPassword() {
        return System.getProperty("profilesync.slapd.adminPassword");
    }

    @Override
    public String readerDn() {
        return System.getProperty("profilesync.slapd.bindDn");
    }

    @Override
    public String readerPassword() {
        return System.getProperty("profilesync.slapd.password");
    }

    @Override
    public LdapDirectoryConfig config(String writeDn, String writeSecret) {
        return new LdapDirectoryConfig(id(), "slapd", url(), LdapDirectoryConfig.Security.NONE, readerDn(),
                readerPassword(), baseDn(), userDn(), null, "uid", null, null, true, 100, false, Duration.ofSeconds(5),
                Duration.ofSeconds(20), new WriteBind(writeDn, writeSecret));
    }

    /** An inetOrgPerson named by uid, with cn and sn the uid too. */
    @Override
    Entry newPerson(String uid) throws LDAPException {
        Entry entry = new Entry(personDn("uid", uid));
        entry.addAttribute("objectClass", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", uid);
        entry.addAttribute("sn", uid);
        return entry;
    }

    @Override
    public int unknownAttributeCode() {
        return 17;
    }

    @Override
    public String multiValuedPhone() {
        return "telephoneNumber";
    }

    @Override
    public String pictureAttribute() {
        return "jpegPhoto";
    }

    @Override
    LDAPConnection admin() throws LDAPException {
        LDAPURL parsed = new LDAPURL(url());
        return new LDAPConnection(parsed.getHost(), parsed.getPort(), adminDn(), adminPassword());
    }
}
