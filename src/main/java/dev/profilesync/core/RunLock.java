package dev.profilesync.core;

import java.util.Optional;

/**
 * Port: a lock that lets one run at a time proceed across every node of the host (a cluster lock in Confluence,
 * an in-process lock in the standalone runner). Never waits: a busy lock means "already running".
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
