package dev.profilesync.confluence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The executor behind login sync is small and bounded, and a full queue never makes the caller wait. */
class LoginSyncExecutorTest {
    private final ThreadPoolExecutor executor = LoginSyncExecutor.create();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void fullQueueDropsTheOldestWaitingLoginInsteadOfBlocking() throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(LoginSyncExecutor.THREADS);
        for (int i = 0; i < LoginSyncExecutor.THREADS; i++) {
            executor.execute(() -> {
                busy.countDown();
                awaitRelease();
            });
        }
        busy.await(5, TimeUnit.SECONDS);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        int submitted = LoginSyncExecutor.QUEUE + 5;

        long start = System.nanoTime();
        for (int i = 0; i < submitted; i++) {
            int login = i;
            executor.execute(() -> ran.add(login));
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        release.countDown();
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);

        assertThat(elapsedMillis).isLessThan(1_000);
        assertThat(ran).hasSize(LoginSyncExecutor.QUEUE).doesNotContain(0, 1, 2, 3, 4)
                .contains(submitted - 1);
    }

    @Test
    void runsOnTwoDaemonThreads() {
        assertThat(executor.getMaximumPoolSize()).isEqualTo(LoginSyncExecutor.THREADS);
        assertThat(executor.getQueue().remainingCapacity()).isEqualTo(LoginSyncExecutor.QUEUE);
    }

    @Test
    void tasksArrivingAfterShutdownAreDroppedQuietly() {
        executor.shutdown();

        assertThatCode(() -> executor.execute(() -> { })).doesNotThrowAnyException();
    }

    private void awaitRelease() {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
