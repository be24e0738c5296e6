package dev.profilesync.standalone.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.WriteBind;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;

/**
 * An UnboundID in-memory LDAP server on 127.0.0.1 and a free port, with a root bind account whose password is made
 * up at start and never printed. Any local user can reach the port, so reading needs a bind (anonymous searches are
 * refused), and the demo's directory refuses every write that comes over LDAP ({@link ClientWritesRefused}). It generates entryUUID, createTimestamp and modifyTimestamp like a real server, and
 * indexes uid so that looking a user up does not scan every entry. Thread-safe, as the server is.
 */
public final class EmbeddedDirectory implements AutoCloseable {
    public static final String BASE_DN = "dc=example,dc=com";
    public static final String BIND_DN = "cn=Directory Manager";
    /** The demo's write-back account: the one client whose modifies the demo directory accepts. */
    public static final String WRITER_DN = "cn=Profile Writer";
    private final InMemoryDirectoryServer server;
    private final String password;
    private final String writerPassword;
    private final String peoplePassword;

    private EmbeddedDirectory(InMemoryDirectoryServer server, String password, String writerPassword,
                              String peoplePassword) {
        this.server = server;
        this.password = password;
        this.writerPassword = writerPassword;
        this.peoplePassword = peoplePassword;
    }

    /**
     * The demo's directory: an empty server holding only the base entry {@value #BASE_DN}, with a made-up password;
     * only {@link #add} (the demo itself) changes it.
     */
    public static EmbeddedDirectory start() {
        return start(secret(), false);
    }

    private static String secret() {
        return HexFormat.of().formatHex(SecureRandom.getSeed(16));
    }

    /**
     * The benchmark's directory: an empty server whose root account has the given password and may write over
     * LDAP, as the benchmark loads and changes people that way.
     */
    public static EmbeddedDirectory start(String password) {
        return start(password, true);
    }

    private static EmbeddedDirectory start(String password, boolean clientWrites) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), 0, null));
            config.addAdditionalBindCredentials(BIND_DN, password);
            // The demo's people log in to /me with one demo password (printed by the demo); its write-back account
            // has a made-up password of its own, never printed.
            String writerPassword = clientWrites ? null : secret();
            String peoplePassword = clientWrites ? null : "demo-" + secret().substring(0, 8);
            if (writerPassword != null) {
                config.addAdditionalBindCredentials(WRITER_DN, writerPassword);
            }
            config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE,
                    OperationType.ADD, OperationType.MODIFY, OperationType.DELETE, OperationType.MODIFY_DN,
                    OperationType.EXTENDED));
            if (!clientWrites) {
                config.addInMemoryOperationInterceptor(new ClientWritesRefused(new DN(WRITER_DN)));
            }
            config.setGenerateOperationalAttributes(true);
            // Without an index every lookup by username scans all entries: 40 ms each at 10,000 people.
            config.setEqualityIndexAttributes("uid");
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add(new Entry(BASE_DN, new Attribute("objectClass", "top", "domain"),
                    new Attribute("dc", "example")));
            server.startListening();
            return new EmbeddedDirectory(server, password, writerPassword, peoplePassword);
        } catch (LDAPException e) {
            throw new IllegalStateException("could not start the embedded LDAP server: " + e.getMessage(), e);
        }
    }

    /**
     * Adds the organisation's container and people, one internal add each: unlike a bulk {@code addEntries}, an
     * internal add may carry the entry's own entryUUID (NO-USER-MODIFICATION for clients), which keeps demo people
     * the same people across runs. Each person gets a generated picture ({@link DemoPictures}).
     */
    public void add(DemoOrganisation organisation) {
        addOne(organisation.container());
        organisation.forEachPerson(person -> addOne(withPassword(DemoPictures.withPicture(person))));
    }

    private Entry withPassword(Entry person) {
        if (peoplePassword == null) {
            return person;
        }
        Entry copy = person.duplicate();
        copy.setAttribute("userPassword", peoplePassword);
        return copy;
    }

    /** The password every demo person logs in to /me with; empty for the benchmark's directory. */
    public String peoplePassword() {
        return peoplePassword == null ? "" : peoplePassword;
    }

    private void addOne(Entry entry) {
        try {
            server.add(entry);
        } catch (LDAPException e) {
            throw new IllegalStateException("could not seed the embedded LDAP server: " + e.getMessage(), e);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** How the sync reads people under {@code userDn} (e.g. ou=people), bound as the root account. */
    public LdapDirectoryConfig readerConfig(String id, String name, String userDn) {
        return new LdapDirectoryConfig(id, name, url(), LdapDirectoryConfig.Security.NONE, BIND_DN, password,
                BASE_DN, userDn, "(objectClass=inetOrgPerson)", "uid", "entryUUID", "modifyTimestamp", true, 500,
                false, Duration.ofSeconds(5), Duration.ofSeconds(60),
                writerPassword == null ? WriteBind.OFF : new WriteBind(WRITER_DN, writerPassword));
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
