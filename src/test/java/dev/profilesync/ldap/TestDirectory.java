package dev.profilesync.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryDirectoryServerSnapshot;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A real LDAP server for one test class: UnboundID's in-memory directory on 127.0.0.1 and a free port, with an
 * ordinary reader account (not the server's root) and the tree dc=example,dc=com / ou=people.
 */
final class TestDirectory implements AutoCloseable {
    static final String BASE = "dc=example,dc=com";
    static final String PEOPLE = "ou=people," + BASE;
    private static final DN PEOPLE_DN = dn(PEOPLE);
    static final String READER_DN = "cn=reader," + BASE;
    /** Distinctive, so a test can prove it appears in no message. */
    static final String READER_PASSWORD = "Rd-s3cret-Pw!";

    private final InMemoryDirectoryServer server;
    private InMemoryDirectoryServerSnapshot snapshot;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** A server that checks the standard schema and maintains entryUUID and modifyTimestamp, like OpenLDAP. */
    static TestDirectory openLdapLike(int sizeLimit, InMemoryOperationInterceptor... interceptors) {
        return start(config(sizeLimit, interceptors));
    }

    /** A server without schema checks, so entries can carry Active Directory's attributes. */
    static TestDirectory schemaless(int sizeLimit, InMemoryOperationInterceptor... interceptors) {
        InMemoryDirectoryServerConfig config = config(sizeLimit, interceptors);
        config.setSchema(null);
        return start(config);
    }

    static InMemoryDirectoryServerConfig config(int sizeLimit, InMemoryOperationInterceptor... interceptors) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), 0, null));
            config.setMaxSizeLimit(sizeLimit);
            for (InMemoryOperationInterceptor interceptor : interceptors) {
                config.addInMemoryOperationInterceptor(interceptor);
            }
            return config;
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestDirectory start(InMemoryDirectoryServerConfig config) {
        try {
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.startListening();
            return new TestDirectory(server);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties the directory and adds the base, the reader account and ou=people. */
    TestDirectory reset() {
        server.clear();
        add(new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "example")));
        add(new Entry(READER_DN, new Attribute("objectClass", "top", "organizationalRole", "simpleSecurityObject"),
                new Attribute("cn", "reader"), new Attribute("userPassword", READER_PASSWORD)));
        add(new Entry(PEOPLE, new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "people")));
        return this;
    }

    /** Adds uid=user0000 ... with cn, sn, givenName, mail, title, departmentNumber and telephoneNumber. */
    TestDirectory addPeople(int count) {
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String uid = String.format("user%04d", i);
            entries.add(person(uid, new Attribute("mail", uid + "@example.com"),
                    new Attribute("title", "Engineer"), new Attribute("departmentNumber", "D" + (i % 12)),
                    new Attribute("telephoneNumber", String.format("+1 555 %04d", i))));
        }
        try {
            server.addEntries(entries);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An inetOrgPerson uid=&lt;uid&gt;,ou=people with cn, sn and givenName, plus the given attributes. */
    static Entry person(String uid, Attribute... extra) {
        Entry entry = new Entry(new DN(new RDN("uid", uid), PEOPLE_DN));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", "Name " + uid);
        entry.addAttribute("sn", "Surname");
        entry.addAttribute("givenName", "Given");
        for (Attribute attribute : extra) {
            entry.addAttribute(attribute);
        }
        return entry;
    }

    static DN dn(String dn) {
        try {
            return new DN(dn);
        } catch (LDAPException e) {
            throw new IllegalArgumentException(e);
        }
    }

    TestDirectory add(Entry entry) {
        try {
            server.add(entry);
        } catch (LDAPException e) {
            throw new IllegalStateException("cannot add " + entry.getDN() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** Remembers the current content; {@link #restore()} puts it back (much faster than seeding again). */
    TestDirectory snapshot() {
        snapshot = server.createSnapshot();
        return this;
    }

    TestDirectory restore() {
        server.restoreSnapshot(snapshot);
        return this;
    }

    InMemoryDirectoryServer server() {
        return server;
    }

    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** A config that reads ou=people as the reader account, paged by 500. */
    ConfigBuilder config() {
        return new ConfigBuilder().url(url()).bindDn(READER_DN).password(READER_PASSWORD).baseDn(BASE)
                .userDn("ou=people");
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
