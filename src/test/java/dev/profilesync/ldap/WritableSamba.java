package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;

import javax.net.ssl.SSLSocketFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;

/**
 * {@link WritableDirectory} on the Samba AD DC of .ci/test-env.sh, its OU directly under the domain root: the
 * Administrator may write anything, the reader nothing. Call {@link SambaDirectory#assumeRunning()} first.
 */
public final class WritableSamba extends WritableDirectory {

    public WritableSamba() throws LDAPException {
        super("OU", "wb-");
    }

    @Override
    public String id() {
        return "ad";
    }

    @Override
    public String baseDn() {
        return SambaDirectory.baseDn();
    }

    @Override
    public String adminDn() {
        return SambaDirectory.adminDn();
    }

    @Override
    public String adminPassword() {
        return SambaDirectory.adminPassword();
    }

    @Override
    public String readerDn() {
        return SambaDirectory.bindDn();
    }

    @Override
    public String readerPassword() {
        return SambaDirectory.password();
    }

    @Override
    public LdapDirectoryConfig config(String writeDn, String writeSecret) {
        return new LdapDirectoryConfig(id(), "Samba AD", SambaDirectory.url(), LdapDirectoryConfig.Security.NONE,
                readerDn(), readerPassword(), baseDn(), userDn(), SambaDirectory.USERS_FILTER, "sAMAccountName",
                "objectGUID", "whenChanged", true, 1000, false, Duration.ofSeconds(10), Duration.ofSeconds(30),
                new WriteBind(writeDn, writeSecret));
    }

    /** A user without a password, so AD keeps the account disabled: enough to be read and written. */
    @Override
    Entry newPerson(String account) throws LDAPException {
        Entry entry = new Entry(personDn("CN", account));
        entry.addAttribute("objectClass", "user");
        entry.addAttribute("sAMAccountName", account);
        return entry;
    }

    /**
     * Adds an enabled user with a password, over LDAPS: Samba sets {@code unicodePwd} (the password in quotes, UTF-16LE)
     * only on an encrypted connection. Returns its DN.
     */
    public String personWithPassword(String account, String password, String... attributes) throws LDAPException {
        Entry entry = newPerson(account);
        entry.addAttribute("unicodePwd", ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE));
        entry.addAttribute("userAccountControl", "512");
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            entry.addAttribute(attributes[i], attributes[i + 1]);
        }
        try (LDAPConnection secure = new LDAPConnection(tls(), SambaDirectory.host(), SambaDirectory.LDAPS_PORT,
                adminDn(), adminPassword())) {
            secure.add(entry);
        }
        return entry.getDN();
    }

    private static SSLSocketFactory tls() throws LDAPException {
        try {
            // The test DC's certificate is self-signed, made at start: nothing to verify it against.
            return new SSLUtil(new TrustAllTrustManager()).createSSLSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS socket factory", e);
        }
    }

    /** Samba answers 16, the code of a stale delete-value: only its words tell that this is no conflict. */
    @Override
    public int unknownAttributeCode() {
        return 16;
    }

    /** telephoneNumber is single-valued in AD; further numbers live in the multi-valued otherTelephone. */
    @Override
    public String multiValuedPhone() {
        return "otherTelephone";
    }

    @Override
    public String pictureAttribute() {
        return "thumbnailPhoto";
    }

    @Override
    LDAPConnection admin() throws LDAPException {
        return SambaDirectory.adminConnection();
    }
}
