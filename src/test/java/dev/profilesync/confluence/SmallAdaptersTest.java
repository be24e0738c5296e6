package dev.profilesync.confluence;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import dev.profilesync.core.port.RunLock;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The cluster lock and read-only mode adapters. */
class SmallAdaptersTest {
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);

    @Test
    void freeClusterLockIsTakenWithoutWaitingAndReleasedWhenTheLeaseCloses() {
        when(locks.getLockForName("dev.profilesync.run")).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);

        Optional<RunLock.Lease> lease = new ClusterRunLock(locks).tryAcquire("dev.profilesync.run");

        assertThat(lease).isPresent();
        verify(lock, never()).unlock();
        lease.get().close();
        verify(lock).unlock();
    }

    @Test
    void clusterLockHeldElsewhereMeansAlreadyRunning() {
        when(locks.getLockForName("dev.profilesync.run")).thenReturn(lock);
        when(lock.tryLock()).thenReturn(false);

        assertThat(new ClusterRunLock(locks).tryAcquire("dev.profilesync.run")).isEmpty();
        verify(lock, never()).unlock();
    }

    @Test
    void readOnlyModeFollowsConfluence() {
        AccessModeService accessModes = mock(AccessModeService.class);
        ConfluenceAccessMode mode = new ConfluenceAccessMode(accessModes);

        when(accessModes.isReadOnlyAccessModeEnabled()).thenReturn(true);
        assertThat(mode.isReadOnly()).isTrue();
        when(accessModes.isReadOnlyAccessModeEnabled()).thenReturn(false);
        assertThat(mode.isReadOnly()).isFalse();
    }
}
