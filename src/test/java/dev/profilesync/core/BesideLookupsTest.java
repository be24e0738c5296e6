package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BesideLookupsTest {

    @Test
    void inlineLooksUpFirstThenReadsOnTheCallingThread() {
        List<String> order = new ArrayList<>();

        String read = BesideLookups.INLINE.beside(() -> order.add("lookup " + Thread.currentThread().getName()),
                () -> {
                    order.add("read " + Thread.currentThread().getName());
                    return "digests";
                });

        String caller = Thread.currentThread().getName();
        assertThat(read).isEqualTo("digests");
        assertThat(order).containsExactly("lookup " + caller, "read " + caller);
    }

    @Test
    void onItsOwnThreadTheLookupRunsWhileTheCallerReadsAndIsDoneWhenTheReadReturns() throws Exception {
        CountDownLatch lookupStarted = new CountDownLatch(1);
        AtomicReference<String> lookupThread = new AtomicReference<>();
        List<String> answers = new ArrayList<>();
        try (BesideLookups lookups = BesideLookups.onOwnThread("lookups-test")) {
            String read = lookups.beside(() -> {
                lookupThread.set(Thread.currentThread().getName());
                lookupStarted.countDown();
                sleep(50);
                answers.add("manager of alice");
            }, () -> {
                // Both at once: the read waits here until the look-up has begun on its own thread.
                await(lookupStarted);
                return Thread.currentThread().getName();
            });

            assertThat(read).isEqualTo(Thread.currentThread().getName());
            assertThat(lookupThread.get()).isEqualTo("lookups-test");
            assertThat(answers).as("the look-up's work is visible once beside returns").containsExactly(
                    "manager of alice");
        }
    }

    @Test
    void aFailedReadWaitsForTheLookupAndFailsWithItsOwnError() {
        List<String> done = new ArrayList<>();
        try (BesideLookups lookups = BesideLookups.onOwnThread("lookups-test")) {
            assertThatThrownBy(() -> lookups.beside(() -> {
                sleep(50);
                done.add("lookup");
            }, () -> {
                throw new IllegalStateException("the database is gone");
            })).hasMessage("the database is gone");
            assertThat(done).containsExactly("lookup");
        }
    }

    @Test
    void aFailedLookupFailsTheCallAsIfItHadRunOnTheCallingThread() {
        try (BesideLookups lookups = BesideLookups.onOwnThread("lookups-test")) {
            assertThatThrownBy(() -> lookups.beside(() -> {
                throw new IllegalArgumentException("bad DN");
            }, () -> "digests")).isInstanceOf(IllegalArgumentException.class).hasMessage("bad DN");
            assertThat(lookups.beside(() -> { }, () -> "still usable")).isEqualTo("still usable");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
