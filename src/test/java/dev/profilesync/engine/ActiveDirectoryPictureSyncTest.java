package dev.profilesync.engine;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import dev.profilesync.ldap.LdapDirectoryConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.UUID;

/**
 * Pictures in Active Directory's thumbnailPhoto, emulated over UnboundID's in-memory server without schema checks:
 * users of objectClass user named by sAMAccountName and identified by a binary objectGUID, as AD has them. (A Samba
 * AD DC in the test environment is being set up separately; until then this is the AD case.)
 */
class ActiveDirectoryPictureSyncTest extends PictureSyncContract {
    private static final String BASE = "dc=corp,dc=example,dc=com";
    private static final String USERS = "cn=Users," + BASE;
    private static InMemoryDirectoryServer server;

    @BeforeAll
    static void startDomain() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(null);
        config.addAdditionalBindCredentials("cn=reader," + BASE, "reader-secret");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default",
                InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.startListening();
    }

    @AfterAll
    static void stopDomain() {
        server.shutDown(true);
    }

    @Override
    protected String attribute() {
        return "thumbnailPhoto";
    }

    @Override
    protected void resetPeople() throws LDAPException {
        server.clear();
        server.add(new Entry(BASE, new Attribute("objectClass", "domain"), new Attribute("dc", "corp")));
        server.add(new Entry(USERS, new Attribute("objectClass", "container"), new Attribute("cn", "Users")));
        for (String account : new String[] {"pic-ann", "pic-bob"}) {
            server.add(new Entry(dn(account), new Attribute("objectClass", "top", "person", "user"),
                    new Attribute("objectCategory", "person"), new Attribute("sAMAccountName", account),
                    new Attribute("sn", "Surname of " + account), new Attribute("objectGUID", guid())));
        }
    }

    @Override
    protected void putPicture(String username, byte[] picture) throws LDAPException {
        server.modify(dn(username), new Modification(ModificationType.REPLACE, attribute(), picture));
    }

    @Override
    protected void removePicture(String username) throws LDAPException {
        server.modify(dn(username), new Modification(ModificationType.DELETE, attribute()));
    }

    @Override
    protected LdapDirectoryConfig config() {
        return new LdapDirectoryConfig("ad", "corp", "ldap://127.0.0.1:" + server.getListenPort(),
                LdapDirectoryConfig.Security.NONE, "cn=reader," + BASE, "reader-secret", BASE, "cn=Users",
                "(&(objectCategory=person)(objectClass=user))", "sAMAccountName", "objectGUID", "whenChanged",
                true, 1000, false, Duration.ofSeconds(5), Duration.ofSeconds(30));
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
