package dev.profilesync.testing;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds search results at a gate (to test "already running") or slows them (so a browser can watch the progress
 * bar). Open and at full speed unless a test says otherwise.
 */
final class SearchGate extends InMemoryOperationInterceptor {
    private volatile CountDownLatch gate;
    private volatile long entryDelayMillis;

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        CountDownLatch current = gate;
        gate = null;
        if (current != null) {
            current.countDown();
        }
    }

    void slowDown(long millisPerEntry) {
        entryDelayMillis = millisPerEntry;
    }

    /** Forgets a closed gate without opening it, as a fresh server has none. */
    void reset() {
        gate = null;
        entryDelayMillis = 0;
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry entry) {
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
}
