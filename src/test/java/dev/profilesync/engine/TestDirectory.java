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

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real LDAP server on 127.0.0.1 for tests: UnboundID's in-memory directory, seeded with people. */
final class TestDirectory implements AutoCloseable {
    static final String BASE = "dc=example,dc=com";
    static final String PEOPLE = "ou=people," + BASE;
    private static final String ADMIN = "cn=Directory Manager";
    private static final String ADMIN_PASSWORD = "admin-secret";

    private final InMemoryDirectoryServer server;

    TestDirectory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials(ADMIN, ADMIN_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default",
                    InetAddress.getLoopbackAddress(), 0, null));
            server = new InMemoryDirectoryServer(config);
            server.startListening();
            reset();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test directory", e);
        }
    }

    /** Removes every person, leaving the base and ou=people. */
    void reset() throws LDAPException {
        server.clear();
        server.add(new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "example")));
        server.add(new Entry(PEOPLE, new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "people")));
    }

    /** Adds inetOrgPerson uid=USERNAME with the given attribute name/value pairs. */
    void addPerson(String uid, String... attributePairs) throws LDAPException {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"));
        attributes.add(new Attribute("uid", uid));
        attributes.add(new Attribute("cn", uid));
        attributes.add(new Attribute("sn", uid));
        for (int i = 0; i < attributePairs.length; i += 2) {
            attributes.add(new Attribute(attributePairs[i], attributePairs[i + 1]));
        }
        server.add(new Entry(dn(uid), attributes));
    }

    void replace(String uid, String attribute, String... values) throws LDAPException {
        server.modify(dn(uid), new Modification(ModificationType.REPLACE, attribute, values));
    }

    void delete(String uid) throws LDAPException {
        server.delete(dn(uid));
    }

    static String dn(String uid) {
        return "uid=" + uid + "," + PEOPLE;
    }

    LdapDirectoryConfig config(String id) {
        return new LdapDirectoryConfig(id, "Directory " + id, "ldap://127.0.0.1:" + server.getListenPort(),
                LdapDirectoryConfig.Security.NONE, ADMIN, ADMIN_PASSWORD, BASE, "ou=people",
                "(objectClass=inetOrgPerson)", "uid", "entryUUID", "modifyTimestamp", true, 100, false,
                Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
