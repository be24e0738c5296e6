package dev.profilesync.web;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real LDAP server for the admin page's tests (UnboundID's in-memory server on 127.0.0.1, a free port), seeded
 * with a generated organisation. One user's department holds a script tag and their title an img-onerror, to prove
 * that nothing from the directory runs in the page. Searches can be held at a gate (to test "already running") or
 * slowed (so a browser can watch the progress bar).
 */
final class TestDirectory implements AutoCloseable {
    static final String BASE_DN = "dc=example,dc=com";
    static final String PEOPLE_DN = "ou=people," + BASE_DN;
    static final String BIND_DN = "cn=reader," + BASE_DN;
    static final String BIND_PASSWORD = "reader-secret-do-not-show";
    static final String SCRIPT_VALUE = "<script>alert(1)</script>";
    static final String IMG_VALUE = "<img src=x onerror=alert(2)>";
    static final String HOSTILE_USER = "user0002";

    private final InMemoryDirectoryServer server;
    private volatile CountDownLatch gate;
    private volatile List<String> usernames = List.of();
    private volatile long entryDelayMillis;

    TestDirectory() throws LDAPException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials(BIND_DN, BIND_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                InetAddress.getLoopbackAddress(), 0, null));
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSearchEntry(InMemoryInterceptedSearchEntry entry) {
                pause();
            }
        });
        server = new InMemoryDirectoryServer(config);
        server.startListening();
    }

    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** Clears the directory and adds {@code count} people, user0001..; department and title vary. */
    void seed(int count) throws LDAPException {
        gate = null;
        entryDelayMillis = 0;
        server.clear();
        server.add(new Entry(BASE_DN, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "example")));
        server.add(new Entry(PEOPLE_DN, new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "people")));
        String[] departments = {"Engineering", "Sales", "Finance", "Support", "Marketing"};
        List<Entry> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String uid = String.format("user%04d", i);
            boolean hostile = uid.equals(HOSTILE_USER);
            names.add(uid);
            entries.add(new Entry("uid=" + uid + "," + PEOPLE_DN,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                    new Attribute("uid", uid),
                    new Attribute("cn", "Person " + i),
                    new Attribute("givenName", "Person"),
                    new Attribute("sn", "Number " + i),
                    new Attribute("mail", uid + "@example.com"),
                    new Attribute("departmentNumber", hostile ? SCRIPT_VALUE : departments[i % departments.length]),
                    new Attribute("title", hostile ? IMG_VALUE : "Title " + (i % 7))));
        }
        for (Entry entry : entries) {
            server.add(entry);
        }
        usernames = List.copyOf(names);
    }

    List<String> usernames() {
        return usernames;
    }

    /** Changes one attribute of one user, so a later sync has something to write. */
    void modify(String uid, String attribute, String value) throws LDAPException {
        server.modify("uid=" + uid + "," + PEOPLE_DN,
                new Modification(ModificationType.REPLACE, attribute, value));
    }

    /** Holds every search result until {@link #open()}: a run started now stays running. */
    void closeGate() {
        gate = new CountDownLatch(1);
    }

    void open() {
        CountDownLatch current = gate;
        gate = null;
        if (current != null) {
            current.countDown();
        }
    }

    /** Slows every entry returned, so a run of a few hundred users takes a few seconds. */
    void slowDown(long millisPerEntry) {
        entryDelayMillis = millisPerEntry;
    }

    private void pause() {
        try {
            CountDownLatch current = gate;
            if (current != null && !current.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test gate was never opened");
            }
            long delay = entryDelayMillis;
            if (delay > 0) {
                Thread.sleep(delay);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        open();
        server.shutDown(true);
    }
}
