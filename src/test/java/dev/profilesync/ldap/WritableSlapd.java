package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * People of its own on the real slapd of .ci/test-env.sh, for write-back tests: an {@code ou} per test class outside
 * {@code ou=people}, so the seeded people other suites count stay as they are. The admin (rootdn) may write, the
 * reader may not. Removed again by {@link #close()}.
 */
public final class WritableSlapd implements AutoCloseable {
    private final String url = System.getProperty("profilesync.slapd.url");
    private final String baseDn = System.getProperty("profilesync.slapd.baseDn");
    private final String ou = "writeback-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();

    /** Whether the suite runs with slapd (the test-env properties are set). */
    public static boolean available() {
        return System.getProperty("profilesync.slapd.url") != null
                && System.getProperty("profilesync.slapd.adminDn") != null;
    }

    public WritableSlapd() throws LDAPException {
        try (LDAPConnection admin = admin()) {
            admin.add(new Entry(usersDn(), new Attribute("objectClass", "organizationalUnit"), new Attribute("ou", ou)));
        }
    }

    public String url() {
        return url;
    }

    public String baseDn() {
        return baseDn;
    }

    /** Below the base DN, as a directory's userDn. */
    public String userDn() {
        return "ou=" + ou;
    }

    public String usersDn() {
        return userDn() + "," + baseDn;
    }

    public static String adminDn() {
        return System.getProperty("profilesync.slapd.adminDn");
    }

    public static String adminPassword() {
        return System.getProperty("profilesync.slapd.adminPassword");
    }

    public static String readerDn() {
        return System.getProperty("profilesync.slapd.bindDn");
    }

    public static String readerPassword() {
        return System.getProperty("profilesync.slapd.password");
    }

    /** Adds an inetOrgPerson with the given extra attributes (pairs of name and value); returns its DN. */
    public String person(String uid, String... attributes) throws LDAPException {
        String dn = new DN("uid=" + uid + "," + usersDn()).toString();
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", uid);
        entry.addAttribute("sn", uid);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            entry.addAttribute(attributes[i], attributes[i + 1]);
        }
        try (LDAPConnection admin = admin()) {
            admin.add(entry);
        }
        created.add(0, dn);
        return dn;
    }

    /** Sets an attribute as the admin, as another system changing the directory would. */
    public void replace(String dn, String attribute, String... values) throws LDAPException {
        try (LDAPConnection admin = admin()) {
            admin.modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
        }
    }

    /** The attribute's values as the directory holds them now. */
    public List<String> values(String dn, String attribute) throws LDAPException {
        try (LDAPConnection admin = admin()) {
            Entry entry = admin.getEntry(dn, attribute);
            String[] values = entry == null ? null : entry.getAttributeValues(attribute);
            return values == null ? List.of() : List.of(values);
        }
    }

    private LDAPConnection admin() throws LDAPException {
        LDAPURL parsed = new LDAPURL(url);
        return new LDAPConnection(parsed.getHost(), parsed.getPort(), adminDn(), adminPassword());
    }

    @Override
    public void close() throws LDAPException {
        try (LDAPConnection admin = admin()) {
            for (String dn : created) {
                admin.delete(dn);
            }
            admin.delete(usersDn());
        }
    }

}
