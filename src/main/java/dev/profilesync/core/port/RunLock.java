package dev.profilesync.core.port;

import java.util.Optional;

/**
 * Port: a lock that lets one run at a time proceed across every node of the host (a cluster lock in Confluence,
 * an in-process lock in the standalone runner). Never waits: a busy lock means "already running".
 * Threading: thread-safe; a lease is released on the thread that acquired it (Confluence's cluster locks belong to
 * their thread), which the engine does in a finally block of the run.
 */
public interface RunLock {

    /** The lease when the lock was free, empty when someone holds it. */
    Optional<Lease> tryAcquire(String name);

    /** A held lock; closing releases it. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
