package dev.profilesync.standalone.bench;

import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.AsyncRequestID;
import com.unboundid.ldap.sdk.AsyncResultListener;
import com.unboundid.ldap.sdk.DeleteRequest;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Adds, changes and deletes many entries fast: requests go out asynchronously, in turn over one or more
 * connections, with up to {@value #WINDOW} outstanding per connection, so the server works while the client sends
 * and can use a thread per connection. The first failure stops the batch and is thrown with the entry's DN. For
 * the benchmark; not thread-safe.
 */
final class LdapBulk {
    static final int WINDOW = 256;
    static final int DELETE_BATCH = 10_000;
    private final List<LDAPConnection> connections;
    private final int windowSize;
    private final int deleteBatch;
    private int next;

    LdapBulk(LDAPConnection connection) {
        this(List.of(connection));
    }

    LdapBulk(List<LDAPConnection> connections) {
        this(connections, DELETE_BATCH);
    }

    LdapBulk(List<LDAPConnection> connections, int deleteBatch) {
        this.connections = List.copyOf(connections);
        this.windowSize = WINDOW * connections.size();
        this.deleteBatch = deleteBatch;
    }

    /** The connection for the next request, in turn. */
    private LDAPConnection connection() {
        LDAPConnection connection = connections.get(next);
        next = (next + 1) % connections.size();
        return connection;
    }

    void add(List<Entry> entries) throws LDAPException {
        Window window = new Window(windowSize);
        for (Entry entry : entries) {
            window.acquire();
            connection().asyncAdd(new AddRequest(entry), window.listener(entry.getDN()));
        }
        window.drain();
    }

    /** Adds the entries a generator hands out one at a time, without holding them all. */
    void addEach(Consumer<Consumer<Entry>> generator) throws LDAPException {
        Window window = new Window(windowSize);
        try {
            generator.accept(entry -> {
                try {
                    window.acquire();
                    connection().asyncAdd(new AddRequest(entry), window.listener(entry.getDN()));
                } catch (LDAPException e) {
                    throw new StoppedException(e);
                }
            });
        } catch (StoppedException e) {
            throw (LDAPException) e.getCause();
        }
        window.drain();
    }

    void modify(List<ModifyRequest> modifications) throws LDAPException {
        Window window = new Window(windowSize);
        for (ModifyRequest modification : modifications) {
            window.acquire();
            connection().asyncModify(modification, window.listener(modification.getDN()));
        }
        window.drain();
    }

    /**
     * Deletes the entry and everything below it, children before their parent; nothing happens when it does not
     * exist. Children are fetched a batch ({@value #DELETE_BATCH}) at a time, so a million entries never sit in memory at once.
     */
    long deleteSubtree(String dn) throws LDAPException {
        long deleted = 0;
        List<SearchResultEntry> children;
        do {
            children = children(dn);
            if (children == null) {
                return 0;
            }
            Window window = new Window(windowSize);
            for (SearchResultEntry child : children) {
                // Servers that do not say whether an entry has children get a (then empty) search for each.
                if (child.getAttributeValueAsBoolean("hasSubordinates") != Boolean.FALSE) {
                    deleted += deleteSubtree(child.getDN());
                    continue;
                }
                window.acquire();
                connection().asyncDelete(new DeleteRequest(child.getDN()), window.listener(child.getDN()));
                deleted++;
            }
            window.drain();
        } while (!children.isEmpty());
        connections.get(0).delete(dn);
        return deleted + 1;
    }

    /** Up to a batch of children of the entry; null when the entry does not exist. */
    private List<SearchResultEntry> children(String dn) throws LDAPException {
        SearchRequest request = new SearchRequest(dn, SearchScope.ONE, "(objectClass=*)", "hasSubordinates");
        request.setSizeLimit(deleteBatch);
        try {
            return connections.get(0).search(request).getSearchEntries();
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return null;
            }
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                // The limit we set: the batch is what came back before it.
                return e.getSearchEntries();
            }
            throw e;
        }
    }

    /** Carries an LDAP failure out of a generator's callback. */
    private static final class StoppedException extends RuntimeException {
        StoppedException(LDAPException cause) {
            super(cause);
        }
    }

    /** Outstanding requests, and the first failure among their results. */
    private static final class Window {
        private final int size;
        private final Semaphore permits;
        private final AtomicReference<LDAPException> failure = new AtomicReference<>();

        Window(int size) {
            this.size = size;
            this.permits = new Semaphore(size);
        }

        void acquire() throws LDAPException {
            rethrow();
            permits.acquireUninterruptibly();
        }

        AsyncResultListener listener(String dn) {
            return new AsyncResultListener() {
                @Override
                public void ldapResultReceived(AsyncRequestID requestID, LDAPResult result) {
                    if (result.getResultCode() != ResultCode.SUCCESS) {
                        failure.compareAndSet(null, new LDAPException(result.getResultCode(),
                                dn + ": " + result.getResultCode() + " " + result.getDiagnosticMessage()));
                    }
                    permits.release();
                }
            };
        }

        void drain() throws LDAPException {
            permits.acquireUninterruptibly(size);
            permits.release(size);
            rethrow();
        }

        private void rethrow() throws LDAPException {
            LDAPException first = failure.get();
            if (first != null) {
                throw first;
            }
        }
    }
}
