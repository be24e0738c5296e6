package dev.profilesync.engine;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.UUID;

/**
 * Pictures in Active Directory's thumbnailPhoto, emulated over UnboundID's in-memory server without schema checks:
 * users of objectClass user named by sAMAccountName and identified by a binary objectGUID, as AD has them (the real
 * Samba AD DC's case is {@link SambaPictureSyncTest}).
 */
class ActiveDirectoryPictureSyncTest extends PictureSyncContract {
    private static final String USERS = "cn=Users," + TestDirectory.BASE;
    private static TestDirectory domain;

    /** Per class, not a static extension: {@link CustomPictureAttributeSyncTest} runs these tests on a server too. */
    @BeforeAll
    static void startDomain() {
        domain = TestDirectory.builder().withoutSchema().start();
    }

    @AfterAll
    static void stopDomain() {
        domain.close();
    }

    @Override
    protected String attribute() {
        return "thumbnailPhoto";
    }

    @Override
    protected void resetPeople() {
        domain.reset();
        domain.add(new Entry(USERS, new Attribute("objectClass", "container"), new Attribute("cn", "Users")));
        for (String account : new String[] {"pic-ann", "pic-bob"}) {
            domain.add(new Entry(dn(account), new Attribute("objectClass", "top", "person", "user"),
                    new Attribute("objectCategory", "person"), new Attribute("sAMAccountName", account),
                    new Attribute("sn", "Surname of " + account), new Attribute("objectGUID", guid())));
        }
    }

    @Override
    protected void putPicture(String username, byte[] picture) throws LDAPException {
        domain.server().modify(dn(username), new Modification(ModificationType.REPLACE, attribute(), picture));
    }

    @Override
    protected void removePicture(String username) throws LDAPException {
        domain.server().modify(dn(username), new Modification(ModificationType.DELETE, attribute()));
    }

    @Override
    protected LdapDirectoryConfig config() {
        return domain.config().id("ad", "corp").userDn("cn=Users")
                .userFilter("(&(objectCategory=person)(objectClass=user))").usernameAttribute("sAMAccountName")
                .uuidAttribute("objectGUID").timestampAttribute("whenChanged")
                .pageSize(1000).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(30)).build();
    }

    private static String dn(String account) {
        return "cn=" + account + "," + USERS;
    }

    private static byte[] guid() {
        UUID uuid = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
