package dev.profilesync.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between the suites' servers; by default the standard schema, no size limit, plain LDAP, the reader
 * as the only account besides the server's own.
 */
public final class TestDirectoryBuilder {
    private final List<InMemoryOperationInterceptor> interceptors = new ArrayList<>();
    private final List<InMemoryListenerConfig> listeners = new ArrayList<>();
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private boolean schema = true;
    private int sizeLimit;

    TestDirectoryBuilder() {
    }

    /** No schema checks, so entries can carry Active Directory's attributes. */
    public TestDirectoryBuilder withoutSchema() {
        schema = false;
        return this;
    }

    /** The most entries one search returns, as a server's size limit. */
    public TestDirectoryBuilder sizeLimit(int entries) {
        sizeLimit = entries;
        return this;
    }

    /** Sees or changes each operation (a vendor's quirks, the requests made). */
    public TestDirectoryBuilder interceptors(InMemoryOperationInterceptor... more) {
        interceptors.addAll(List.of(more));
        return this;
    }

    /** One more account that may bind (and write), without an entry in the tree: a write bind, say. */
    public TestDirectoryBuilder account(String dn, String password) {
        accounts.put(dn, password);
        return this;
    }

    /** Listeners instead of the one plain LDAP port (LDAPS, StartTLS). */
    public TestDirectoryBuilder listeners(InMemoryListenerConfig... more) {
        listeners.addAll(List.of(more));
        return this;
    }

    /** Starts the server, {@link TestDirectory#reset()}. */
    public TestDirectory start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(TestDirectory.BASE);
            config.setListenerConfigs(listeners.isEmpty() ? List.of(InMemoryListenerConfig.createLDAPConfig(
                    "ldap", InetAddress.getLoopbackAddress(), 0, null)) : listeners);
            config.setMaxSizeLimit(sizeLimit);
            if (!schema) {
                config.setSchema(null);
            }
            for (Map.Entry<String, String> account : accounts.entrySet()) {
                config.addAdditionalBindCredentials(account.getKey(), account.getValue());
            }
            SearchGate gate = new SearchGate();
            config.addInMemoryOperationInterceptor(gate);
            interceptors.forEach(config::addInMemoryOperationInterceptor);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.startListening();
            return new TestDirectory(server, gate).reset();
        } catch (LDAPException e) {
            throw new IllegalStateException("could not start the test directory", e);
        }
    }
}
