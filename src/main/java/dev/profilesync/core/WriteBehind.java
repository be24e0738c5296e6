package dev.profilesync.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes a run's batches on a thread of its own, one at a time, while the engine thread maps and compares the next
 * batch. On a first sync the store's inserts are most of the engine thread's time and mapping the rest, while the
 * second core of a small server is mostly idle (docs/benchmarks.md).
 *
 * <p>At most one write is in flight. Before handing over the next one, and in {@link #finish} (which the run calls
 * before anything that must see every write done: the held-back clears, the run's end), the engine thread waits for
 * it and runs its outcome itself: the success or failure handler given with the write. So the report and the run's
 * lists are only ever touched by the engine thread, and a failed write is reported as it was when writes ran on that
 * thread. A write never overlaps the next batch's writes, only its reads, which are of other users: a run meets each
 * user once.
 *
 * <p>{@link #NOW} writes at once on the calling thread, for stores that must be written from it (Confluence binds
 * its sessions to the thread) and for single-user runs.
 */
final class WriteBehind implements AutoCloseable {
    /** Writes at once, on the calling thread. */
    static final WriteBehind NOW = new WriteBehind(null);

    private final ExecutorService writer;
    private Future<?> inFlight;
    private Runnable onSuccess;
    private Consumer<RuntimeException> onFailure;

    private WriteBehind(ExecutorService writer) {
        this.writer = writer;
    }

    /** Writes on a new thread named {@code threadName}, which ends with {@link #close}. */
    static WriteBehind onOwnThread(String threadName) {
        return new WriteBehind(OwnThread.named(threadName));
    }

    /**
     * Hands the write over, after the one in flight is done and its outcome handled; {@code succeeded} or
     * {@code failed} (with what the write threw) then runs on the engine thread, at the latest in {@link #finish}.
     */
    void write(Runnable write, Runnable succeeded, Consumer<RuntimeException> failed) {
        if (writer == null) {
            try {
                write.run();
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            succeeded.run();
            return;
        }
        finish();
        onSuccess = succeeded;
        onFailure = failed;
        inFlight = writer.submit(write);
    }

    /** Waits for the write in flight, if any, and handles its outcome on this thread. */
    void finish() {
        if (inFlight == null) {
            return;
        }
        Future<?> done = inFlight;
        inFlight = null;
        Throwable failure = OwnThread.failureOf(done);
        if (failure == null) {
            onSuccess.run();
        } else if (failure instanceof RuntimeException e) {
            onFailure.accept(e);
        } else if (failure instanceof Error e) {
            throw e;
        } else {
            onFailure.accept(new IllegalStateException(failure));
        }
    }

    /** Finishes the write in flight and ends the writer thread. */
    @Override
    public void close() {
        try {
            finish();
        } finally {
            if (writer != null) {
                writer.shutdown();
            }
        }
    }
}
