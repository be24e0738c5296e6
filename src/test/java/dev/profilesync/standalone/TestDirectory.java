package dev.profilesync.standalone;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import java.net.InetAddress;

/** An in-memory LDAP server on 127.0.0.1 for one test class, reset with a few people before each test. */
public final class TestDirectory implements AutoCloseable {
    public static final String BASE_DN = "dc=example,dc=com";
    public static final String PEOPLE_DN = "ou=people," + BASE_DN;
    public static final String BIND_DN = "cn=reader,dc=example,dc=com";
    public static final String PASSWORD = "reader-pw-7f3a";
    private final InMemoryDirectoryServer server;

    public TestDirectory() throws LDAPException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                0, null));
        config.addAdditionalBindCredentials(BIND_DN, PASSWORD);
        server = new InMemoryDirectoryServer(config);
        server.startListening();
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** Empties the directory and adds the base, ou=people and these people. */
    public void reset(Entry... people) throws LDAPException {
        server.clear();
        server.add(new Entry(BASE_DN, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "example")));
        server.add(new Entry(PEOPLE_DN, new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "people")));
        for (Entry person : people) {
            server.add(person);
        }
    }

    public void replace(String uid, String attribute, String value) throws LDAPException {
        server.modify("uid=" + uid + "," + PEOPLE_DN, new Modification(ModificationType.REPLACE, attribute, value));
    }

    /** A person with a title; other attributes as "name: value" pairs. */
    public static Entry person(String uid, String title, String... more) {
        Entry entry = new Entry("uid=" + uid + "," + PEOPLE_DN);
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", uid);
        entry.addAttribute("sn", uid.substring(0, 1).toUpperCase() + uid.substring(1));
        entry.addAttribute("givenName", "Given");
        entry.addAttribute("title", title);
        for (String pair : more) {
            int colon = pair.indexOf(": ");
            entry.addAttribute(pair.substring(0, colon), pair.substring(colon + 2));
        }
        return entry;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
