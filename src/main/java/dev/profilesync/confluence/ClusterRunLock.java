package dev.profilesync.confluence;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.profilesync.core.port.RunLock;

import java.util.Optional;

/**
 * The engine's {@link RunLock} over Confluence's cluster locks, so one run proceeds across every node of a Data
 * Center cluster. Never waits: a lock held anywhere in the cluster means "already running".
 */
final class ClusterRunLock implements RunLock {
    private final ClusterLockService locks;

    ClusterRunLock(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public Optional<Lease> tryAcquire(String name) {
        ClusterLock lock = locks.getLockForName(name);
        // A beehive lock must be released by the thread that took it; the engine closes the lease on its own thread.
        return lock.tryLock() ? Optional.of(lock::unlock) : Optional.empty();
    }
}
