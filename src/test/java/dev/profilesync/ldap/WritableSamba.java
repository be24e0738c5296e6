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
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;

import javax.net.ssl.SSLSocketFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * People of its own on the Samba AD DC of .ci/test-env.sh, for write-back tests: an OU per instance directly under
 * the domain root, so the seeded {@code OU=People} that other tests count stays as it is. The Administrator may write
 * anything, the reader nothing. {@link #close()} removes the OU with everything in it. Call
 * {@link SambaDirectory#assumeRunning()} first.
 */
public final class WritableSamba implements AutoCloseable {
    private final String ou = "wb-" + UUID.randomUUID().toString().substring(0, 8);

    public WritableSamba() throws LDAPException {
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            admin.add(new Entry(usersDn(), new Attribute("objectClass", "organizationalUnit"), new Attribute("ou", ou)));
        }
    }

    /** Below the base DN, as a directory's userDn. */
    public String userDn() {
        return new RDN("OU", ou).toString();
    }

    public String usersDn() {
        return userDn() + "," + SambaDirectory.baseDn();
    }

    /**
     * The adapter's settings for this OU: the sync reads as the reader, write-back binds as the given account. Id
     * {@code ad}.
     */
    public LdapDirectoryConfig config(String writeDn, String writeSecret) {
        return new LdapDirectoryConfig("ad", "Samba AD", SambaDirectory.url(), LdapDirectoryConfig.Security.NONE,
                SambaDirectory.bindDn(), SambaDirectory.password(), SambaDirectory.baseDn(), userDn(),
                SambaDirectory.USERS_FILTER, "sAMAccountName", "objectGUID", "whenChanged", true, 1000, false,
                Duration.ofSeconds(10), Duration.ofSeconds(30), new WriteBind(writeDn, writeSecret));
    }

    /**
     * Adds a user (no password, so AD keeps the account disabled: enough to be read and written) with the given
     * extra attributes (pairs of name and value); returns its DN.
     */
    public String person(String account, String... attributes) throws LDAPException {
        String dn = new DN(new RDN("CN", account), new DN(usersDn())).toString();
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "user");
        entry.addAttribute("sAMAccountName", account);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            entry.addAttribute(attributes[i], attributes[i + 1]);
        }
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            admin.add(entry);
        }
        return dn;
    }

    /**
     * Adds an enabled user with a password, over LDAPS: Samba sets {@code unicodePwd} (the password in quotes, UTF-16LE)
     * only on an encrypted connection. Returns its DN.
     */
    public String personWithPassword(String account, String password, String... attributes) throws LDAPException {
        String dn = new DN(new RDN("CN", account), new DN(usersDn())).toString();
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "user");
        entry.addAttribute("sAMAccountName", account);
        entry.addAttribute("unicodePwd", ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE));
        entry.addAttribute("userAccountControl", "512");
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            entry.addAttribute(attributes[i], attributes[i + 1]);
        }
        try (LDAPConnection secure = new LDAPConnection(tls(), SambaDirectory.host(), SambaDirectory.LDAPS_PORT,
                SambaDirectory.adminDn(), SambaDirectory.adminPassword())) {
            secure.add(entry);
        }
        return dn;
    }

    private static SSLSocketFactory tls() throws LDAPException {
        try {
            // The test DC's certificate is self-signed, made at start: nothing to verify it against.
            return new SSLUtil(new TrustAllTrustManager()).createSSLSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS socket factory", e);
        }
    }

    /** Sets an attribute as the Administrator, as another system changing the directory would. */
    public void replace(String dn, String attribute, String... values) throws LDAPException {
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            admin.modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
        }
    }

    /** The attribute's values as the directory holds them now. */
    public List<String> values(String dn, String attribute) throws LDAPException {
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            Entry entry = admin.getEntry(dn, attribute);
            String[] values = entry == null ? null : entry.getAttributeValues(attribute);
            return values == null ? List.of() : List.of(values);
        }
    }

    @Override
    public void close() throws LDAPException {
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            for (var entry : admin.search(usersDn(), SearchScope.ONE, "(objectClass=*)").getSearchEntries()) {
                admin.delete(entry.getDN());
            }
            admin.delete(usersDn());
        }
    }
}
