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
import dev.profilesync.ldap.SambaDirectory;
import dev.profilesync.picture.PictureLimits;
import org.junit.jupiter.api.AfterAll;

import java.time.Duration;

/**
 * Pictures in Active Directory's thumbnailPhoto, against the real Samba AD DC of the test environment: two users
 * of their own under {@code OU=PictureSyncTest}, so the seeded people of other tests are untouched. Each test skips
 * when the environment has no AD DC.
 */
class SambaPictureSyncTest extends PictureSyncContract {
    private static final String OU = "OU=PictureSyncTest";

    /** Leaves the domain as the other tests expect it. */
    @AfterAll
    static void removeTheOu() throws LDAPException {
        if (!SambaDirectory.running()) {
            return;
        }
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            deleteChildren(admin);
            if (admin.getEntry(base()) != null) {
                admin.delete(base());
            }
        }
    }

    /** AD refuses a thumbnailPhoto over 100 KB (its rangeUpper), so "too large" is tried below that. */
    @Override
    protected PictureLimits limits() {
        PictureLimits defaults = PictureLimits.defaults();
        return new PictureLimits(32 * 1024, defaults.maxSide(), defaults.maxPixels(), defaults.size());
    }

    @Override
    protected String attribute() {
        return "thumbnailPhoto";
    }

    @Override
    protected void resetPeople() throws LDAPException {
        SambaDirectory.assumeRunning();
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            if (admin.getEntry(base()) == null) {
                admin.add(new Entry(base(), new Attribute("objectClass", "organizationalUnit"),
                        new Attribute("ou", "PictureSyncTest")));
            }
            deleteChildren(admin);
            for (String account : new String[] {"pic-ann", "pic-bob"}) {
                admin.add(new Entry(dn(account), new Attribute("objectClass", "top", "person",
                        "organizationalPerson", "user"), new Attribute("sAMAccountName", account),
                        new Attribute("sn", "Surname of " + account)));
            }
        }
    }

    @Override
    protected void putPicture(String username, byte[] picture) throws LDAPException {
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            admin.modify(dn(username), new Modification(ModificationType.REPLACE, attribute(), picture));
        }
    }

    @Override
    protected void removePicture(String username) throws LDAPException {
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            admin.modify(dn(username), new Modification(ModificationType.DELETE, attribute()));
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_ATTRIBUTE) {
                throw e;
            }
        }
    }

    @Override
    protected LdapDirectoryConfig config() {
        return new LdapDirectoryConfig("ad", "Samba AD", SambaDirectory.url(), LdapDirectoryConfig.Security.NONE,
                SambaDirectory.bindDn(), SambaDirectory.password(), SambaDirectory.baseDn(), OU,
                SambaDirectory.USERS_FILTER, "sAMAccountName", "objectGUID", "whenChanged", true, 1000, false,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private static void deleteChildren(LDAPConnection admin) throws LDAPException {
        if (admin.getEntry(base()) == null) {
            return;
        }
        for (var entry : admin.search(base(), SearchScope.ONE, "(objectClass=*)").getSearchEntries()) {
            admin.delete(entry.getDN());
        }
    }

    private static String base() {
        return OU + "," + SambaDirectory.baseDn();
    }

    private static String dn(String account) {
        return "CN=" + account + "," + base();
    }
}
