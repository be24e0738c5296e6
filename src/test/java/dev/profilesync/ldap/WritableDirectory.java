package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchScope;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real directory of .ci/test-env.sh that tests may write to, described once: its accounts (the admin may write,
 * the reader may not), how a person is added and read back, the settings that read and write it, and where the
 * server differs from the others. Each instance has an OU of its own outside the seeded people that other tests
 * count; {@link #close()} removes it with everything in it.
 */
public abstract class WritableDirectory implements AutoCloseable {
    private final RDN ou;

    WritableDirectory(String ouAttribute, String prefix) throws LDAPException {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        this.ou = new RDN(ouAttribute, name);
        try (LDAPConnection admin = admin()) {
            admin.add(new Entry(usersDn(), new Attribute("objectClass", "organizationalUnit"),
                    new Attribute("ou", name)));
        }
    }

    /** The test environment's slapd; skips the calling test without it. */
    public static WritableSlapd slapd() throws LDAPException {
        assumeTrue(WritableSlapd.available(), "no slapd: run through .ci/test-env.sh");
        return new WritableSlapd();
    }

    /** The test environment's Samba AD DC; skips the calling test without it. */
    public static WritableSamba samba() throws LDAPException {
        SambaDirectory.assumeRunning();
        return new WritableSamba();
    }

    /** The directory's id in the settings {@link #config} makes. */
    public abstract String id();

    public abstract String baseDn();

    public abstract String adminDn();

    public abstract String adminPassword();

    public abstract String readerDn();

    public abstract String readerPassword();

    /** The settings that read this OU as the reader and write back as the given account. */
    public abstract LdapDirectoryConfig config(String writeDn, String writeSecret);

    /** A new entry for a person of this name in this OU, with the object class and naming the server wants. */
    abstract Entry newPerson(String name) throws LDAPException;

    /** The result code the server gives a modify of an attribute its schema lacks (the standard says 17). */
    public abstract int unknownAttributeCode();

    /** A phone attribute that takes several values (OpenLDAP: telephoneNumber; AD's is single-valued). */
    public abstract String multiValuedPhone();

    /** Where the directory keeps a person's picture. */
    public abstract String pictureAttribute();

    abstract LDAPConnection admin() throws LDAPException;

    /** Below the base DN, as a directory's userDn. */
    public String userDn() {
        return ou.toString();
    }

    public String usersDn() {
        return userDn() + "," + baseDn();
    }

    /** A DN in this OU that names no entry. */
    public String goneDn() throws LDAPException {
        return newPerson("nobody").getDN();
    }

    /** Adds a person with the given extra attributes (pairs of name and value); returns its DN. */
    public String person(String name, String... attributes) throws LDAPException {
        Entry entry = newPerson(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            entry.addAttribute(attributes[i], attributes[i + 1]);
        }
        try (LDAPConnection admin = admin()) {
            admin.add(entry);
        }
        return entry.getDN();
    }

    DN personDn(String rdnAttribute, String name) throws LDAPException {
        return new DN(new RDN(rdnAttribute, name), new DN(usersDn()));
    }

    /** Sets an attribute as the admin, as another system changing the directory would. */
    public void replace(String dn, String attribute, String... values) throws LDAPException {
        modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
    }

    /** Sets a binary attribute (a picture) as the admin. */
    public void replace(String dn, String attribute, byte[] value) throws LDAPException {
        modify(dn, new Modification(ModificationType.REPLACE, attribute, value));
    }

    private void modify(String dn, Modification modification) throws LDAPException {
        try (LDAPConnection admin = admin()) {
            admin.modify(dn, modification);
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

    /** The binary attribute's values as the directory holds them now. */
    public List<byte[]> bytes(String dn, String attribute) throws LDAPException {
        try (LDAPConnection admin = admin()) {
            Entry entry = admin.getEntry(dn, attribute);
            byte[][] values = entry == null ? null : entry.getAttributeValueByteArrays(attribute);
            return values == null ? List.of() : List.of(values);
        }
    }

    @Override
    public void close() throws LDAPException {
        try (LDAPConnection admin = admin()) {
            for (var entry : admin.search(usersDn(), SearchScope.ONE, "(objectClass=*)").getSearchEntries()) {
                admin.delete(entry.getDN());
            }
            admin.delete(usersDn());
        }
    }
}
