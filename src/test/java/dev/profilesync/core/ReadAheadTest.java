package dev.profilesync.core;

import dev.profilesync.core.port.EntrySink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {
    private final ReadAhead readAhead = new ReadAhead();

    @AfterEach
    void stop() {
        readAhead.stop();
    }

    @Test
    void entriesArriveInOrderAndTheEndIsNull() {
        readAhead.start("test-read", entries(7), 3);

        assertThat(drain(3)).containsExactly("u0", "u1", "u2", "u3", "u4", "u5", "u6");
    }

    @Test
    void theReaderReadsNoFurtherThanTheBatchUntilTheBatchIsAllowed() throws Exception {
        AtomicInteger read = new AtomicInteger();
        readAhead.start("test-read", counting(entries(20), read), 5);
        for (int i = 0; i < 5; i++) {
            readAhead.next(5 - i);
        }
        TimeUnit.MILLISECONDS.sleep(100);
        assertThat(read.get()).isEqualTo(5);

        readAhead.allow(5);
        awaitCount(read, 10);
        TimeUnit.MILLISECONDS.sleep(100);
        assertThat(read.get()).isEqualTo(10);
    }

    @Test
    void aReadFailureComesAfterEverythingReadBeforeIt() {
        DirectoryException cut = new DirectoryException("the directory closed the connection");
        readAhead.start("test-read", sink -> {
            entries(4).accept(sink);
            throw cut;
        }, 10);
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> {
            for (Object item = readAhead.next(10); item != null; item = readAhead.next(10)) {
                seen.add(((DirectoryEntry) item).username());
            }
        }).isSameAs(cut);
        assertThat(seen).containsExactly("u0", "u1", "u2", "u3");
    }

    @Test
    void unreadableEntriesArriveAsSuch() {
        readAhead.start("test-read", sink -> sink.unreadable("cn=x", "no uid"), 1);

        assertThat(readAhead.next(1)).isEqualTo(new ReadAhead.Unreadable("cn=x", "no uid"));
        assertThat(readAhead.next(1)).isNull();
    }

    @Test
    void stoppingEndsAReaderThatWaitsToReadMore() throws Exception {
        AtomicReference<Thread> reader = new AtomicReference<>();
        AtomicReference<RuntimeException> thrownIntoTheRead = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        readAhead.start("test-read", sink -> {
            reader.set(Thread.currentThread());
            started.countDown();
            try {
                entries(100).accept(sink);
            } catch (RuntimeException e) {
                thrownIntoTheRead.set(e);
                throw e;
            }
        }, 2);
        started.await();
        readAhead.next(2);

        readAhead.stop();

        assertThat(reader.get().isAlive()).isFalse();
        assertThat(thrownIntoTheRead.get()).isNotNull();
    }

    private List<String> drain(int batchSize) {
        List<String> names = new ArrayList<>();
        for (Object item = readAhead.next(batchSize); item != null; item = readAhead.next(batchSize)) {
            names.add(((DirectoryEntry) item).username());
            if (names.size() % batchSize == 0) {
                readAhead.allow(batchSize);
            }
        }
        return names;
    }

    private static Consumer<EntrySink> entries(int count) {
        return sink -> {
            for (int i = 0; i < count; i++) {
                sink.entry(new DirectoryEntry("uid=u" + i + ",ou=people", "u" + i, "", Map.of()));
            }
        };
    }

    private static Consumer<EntrySink> counting(Consumer<EntrySink> read, AtomicInteger count) {
        return sink -> read.accept(new EntrySink() {
            @Override
            public void entry(DirectoryEntry entry) {
                count.incrementAndGet();
                sink.entry(entry);
            }

            @Override
            public void unreadable(String dn, String reason) {
                sink.unreadable(dn, reason);
            }
        });
    }

    private static void awaitCount(AtomicInteger count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (count.get() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }
}
