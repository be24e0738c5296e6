package dev.profilesync.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerSnapshot;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tests' LDAP server where no real one is needed: UnboundID's in-memory directory on 127.0.0.1 and a free port,
 * started once per test class and reset or seeded by each test. The tree is {@code dc=example,dc=com} with
 * {@code ou=people} and an ordinary reader account (an entry with a password, not the server's root). What a suite
 * needs beyond that is chosen on the {@link TestDirectoryBuilder}: no schema, a size limit, interceptors, TLS
 * listeners. Held in a static {@code @RegisterExtension} field, it stops after the class's last test.
 */
public final class TestDirectory implements AutoCloseable, AfterAllCallback {
    public static final String BASE = "dc=example,dc=com";
    public static final String PEOPLE = "ou=people," + BASE;
    public static final String READER_DN = "cn=reader," + BASE;
    /** Distinctive, so a test can prove it appears in no message. */
    public static final String READER_PASSWORD = "Rd-s3cret-Pw!";
    private static final DN PEOPLE_DN = parse(PEOPLE);

    private final InMemoryDirectoryServer server;
    private final SearchGate gate;
    private InMemoryDirectoryServerSnapshot snapshot;
    private volatile List<String> usernames = List.of();

    TestDirectory(InMemoryDirectoryServer server, SearchGate gate) {
        this.server = server;
        this.gate = gate;
    }

    /** A server that checks the standard schema and keeps entryUUID and modifyTimestamp, as OpenLDAP does. */
    public static TestDirectory start() {
        return builder().start();
    }

    public static TestDirectoryBuilder builder() {
        return new TestDirectoryBuilder();
    }

    /** Empties the directory and adds the base, the reader account and ou=people; searches run at full speed again. */
    public TestDirectory reset() {
        gate.reset();
        usernames = List.of();
        server.clear();
        add(new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "example")));
        add(new Entry(READER_DN, new Attribute("objectClass", "top", "organizationalRole", "simpleSecurityObject"),
                new Attribute("cn", "reader"), new Attribute("userPassword", READER_PASSWORD)));
        add(new Entry(PEOPLE, new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "people")));
        return this;
    }

    /** {@link #reset()}, then these people. */
    public TestDirectory reset(Entry... people) {
        reset();
        return addAll(Arrays.asList(people));
    }

    /** Adds uid=user0000 ... with cn, sn, givenName, mail, title, departmentNumber and telephoneNumber. */
    public TestDirectory addPeople(int count) {
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String uid = String.format("user%04d", i);
            entries.add(person(uid, "cn", "Name " + uid, "sn", "Surname", "givenName", "Given", "mail",
                    uid + "@example.com", "title", "Engineer", "departmentNumber", "D" + (i % 12),
                    "telephoneNumber", String.format("+1 555 %04d", i)));
        }
        return addAll(entries);
    }

    /**
     * Resets, then adds {@link Organisation}'s {@code count} people; {@link #usernames()} lists them, as the host's
     * users.
     */
    public TestDirectory seedOrganisation(int count) {
        reset();
        addAll(Organisation.people(count));
        usernames = Organisation.usernames(count);
        return this;
    }

    /** The usernames of the last {@link #seedOrganisation}, none after a reset. */
    public List<String> usernames() {
        return usernames;
    }

    /**
     * An inetOrgPerson uid=&lt;uid&gt;,ou=people with the given attributes (pairs of name and value, a name may come
     * again for more values); cn and sn, which the schema requires, are the uid where the pairs give none.
     */
    public static Entry person(String uid, String... attributePairs) {
        Entry entry = new Entry(new DN(new RDN("uid", uid), PEOPLE_DN));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        for (int i = 0; i < attributePairs.length; i += 2) {
            entry.addAttribute(attributePairs[i], attributePairs[i + 1]);
        }
        if (!entry.hasAttribute("cn")) {
            entry.addAttribute("cn", uid);
        }
        if (!entry.hasAttribute("sn")) {
            entry.addAttribute("sn", uid);
        }
        return entry;
    }

    /** Adds {@link #person} uid with these attribute pairs. */
    public TestDirectory addPerson(String uid, String... attributePairs) {
        return add(person(uid, attributePairs));
    }

    public static String dn(String uid) {
        return new DN(new RDN("uid", uid), PEOPLE_DN).toString();
    }

    public TestDirectory add(Entry entry) {
        try {
            server.add(entry);
        } catch (LDAPException e) {
            throw new IllegalStateException("cannot add " + entry.getDN() + ": " + e.getMessage(), e);
        }
        return this;
    }

    private TestDirectory addAll(List<Entry> entries) {
        try {
            server.addEntries(entries);
        } catch (LDAPException e) {
            throw new IllegalStateException("cannot add the people: " + e.getMessage(), e);
        }
        return this;
    }

    /** Sets the attribute of person uid to these values (none: removes it), as another system would. */
    public void replace(String uid, String attribute, String... values) throws LDAPException {
        server.modify(dn(uid), new Modification(ModificationType.REPLACE, attribute, values));
    }

    public void delete(String uid) throws LDAPException {
        server.delete(dn(uid));
    }

    /** Remembers the current content; {@link #restore()} puts it back (much faster than seeding again). */
    public TestDirectory snapshot() {
        snapshot = server.createSnapshot();
        return this;
    }

    public TestDirectory restore() {
        server.restoreSnapshot(snapshot);
        return this;
    }

    /** Holds every search result until {@link #open()}: a run started now stays running. */
    public void closeGate() {
        gate.close();
    }

    public void open() {
        gate.open();
    }

    /** Slows every entry returned, so a run of a few hundred users takes a few seconds. */
    public void slowDown(long millisPerEntry) {
        gate.slowDown(millisPerEntry);
    }

    public InMemoryDirectoryServer server() {
        return server;
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** Settings that read ou=people as the reader account, paged by 500; change what a test needs. */
    public ConfigBuilder config() {
        return new ConfigBuilder().url(url()).bindDn(READER_DN).password(READER_PASSWORD).baseDn(BASE)
                .userDn("ou=people");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        gate.open();
        server.shutDown(true);
    }

    private static DN parse(String dn) {
        try {
            return new DN(dn);
        } catch (LDAPException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
