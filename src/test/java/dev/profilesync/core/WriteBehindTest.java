package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteBehindTest {

    @Test
    void writesRunOneAtATimeOffTheEngineThreadAndTheirOutcomesOnItInOrder() {
        Thread engine = Thread.currentThread();
        List<String> outcomes = new ArrayList<>();
        List<String> writers = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        try (WriteBehind writes = WriteBehind.onOwnThread("test-write")) {
            for (int i = 0; i < 5; i++) {
                int batch = i;
                writes.write(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    synchronized (writers) {
                        writers.add(Thread.currentThread().getName());
                    }
                    pause();
                    running.decrementAndGet();
                    if (batch == 2) {
                        throw new IllegalStateException("batch 2 rolled back");
                    }
                }, () -> outcomes.add(onEngine(engine) + " ok " + batch),
                        e -> outcomes.add(onEngine(engine) + " failed " + batch + ": " + e.getMessage()));
            }
            writes.finish();
            assertThat(outcomes).containsExactly("engine ok 0", "engine ok 1", "engine failed 2: batch 2 rolled back",
                    "engine ok 3", "engine ok 4");
        }
        assertThat(writers).containsOnly("test-write");
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void closingWaitsForTheWriteInFlightAndHandlesItsOutcome() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        List<String> outcomes = new ArrayList<>();
        WriteBehind writes = WriteBehind.onOwnThread("test-write");
        writes.write(() -> {
            started.countDown();
            pause();
        }, () -> outcomes.add("written"), e -> outcomes.add("failed"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        writes.close();

        assertThat(outcomes).containsExactly("written");
    }

    @Test
    void anErrorInAWriteIsRethrownOnTheEngineThread() {
        try (WriteBehind writes = WriteBehind.onOwnThread("test-write")) {
            writes.write(() -> {
                throw new OutOfMemoryError("test");
            }, () -> { }, e -> { });
            assertThatThrownBy(writes::finish).isInstanceOf(OutOfMemoryError.class).hasMessage("test");
        }
    }

    @Test
    void nowWritesOnTheCallingThreadAndHandlesTheOutcomeAtOnce() {
        List<String> outcomes = new ArrayList<>();
        Thread engine = Thread.currentThread();
        WriteBehind.NOW.write(() -> outcomes.add("write on " + onEngine(engine)), () -> outcomes.add("ok"),
                e -> outcomes.add("failed"));
        WriteBehind.NOW.write(() -> {
            throw new IllegalStateException("no");
        }, () -> outcomes.add("ok"), e -> outcomes.add("failed: " + e.getMessage()));

        assertThat(outcomes).containsExactly("write on engine", "ok", "failed: no");
    }

    private static String onEngine(Thread engine) {
        return Thread.currentThread() == engine ? "engine" : Thread.currentThread().getName();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
