package dev.profilesync.standalone.host;

import dev.profilesync.core.port.RunLock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessRunLockTest {
    private final InProcessRunLock lock = new InProcessRunLock();

    @Test
    void secondHolderIsRefusedUntilTheFirstReleases() {
        RunLock.Lease first = lock.tryAcquire("run").orElseThrow();
        assertThat(lock.tryAcquire("run")).isEmpty();
        assertThat(lock.tryAcquire("other")).isPresent();
        first.close();
        assertThat(lock.tryAcquire("run")).isPresent();
    }

    @Test
    void closingALeaseTwiceDoesNotReleaseSomeoneElsesLock() {
        RunLock.Lease first = lock.tryAcquire("run").orElseThrow();
        first.close();
        RunLock.Lease second = lock.tryAcquire("run").orElseThrow();
        first.close();
        assertThat(lock.tryAcquire("run")).isEmpty();
        second.close();
    }
}
