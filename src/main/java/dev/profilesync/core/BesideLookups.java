package dev.profilesync.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs a batch's directory look-ups (the managers' DNs its entries name) on a thread of its own while the run's
 * thread reads the batch's stored digests, when neither needs the other: an incremental batch has no snapshot to
 * confirm its users, so it asks the store for all of them, and both reads then wait on other servers (in the
 * benchmark, the look-ups were a tenth of a 1% incremental). The store is read on the run's thread, as Confluence
 * binds its sessions to it. The look-up thread starts with the first use and ends with {@link #close}.
 *
 * <p>The look-up's own state (the run's {@link DnCache}) is touched by the run's thread only after the look-up has
 * finished: {@link #beside} waits for it, even when the read fails, and the wait orders its writes before the run's
 * reads. {@link #INLINE} runs both on the calling thread, one after the other.
 */
final class BesideLookups implements AutoCloseable {
    /** Looks up first, then reads, on the calling thread. */
    static final BesideLookups INLINE = new BesideLookups(null);

    private final String threadName;
    private ExecutorService thread;

    private BesideLookups(String threadName) {
        this.threadName = threadName;
    }

    /** Looks up on a new thread named {@code threadName}, started when first needed. */
    static BesideLookups onOwnThread(String threadName) {
        return new BesideLookups(threadName);
    }

    /** Runs {@code lookup} beside {@code read} and returns what the read gave once both are done. */
    <T> T beside(Runnable lookup, Supplier<T> read) {
        if (threadName == null) {
            lookup.run();
            return read.get();
        }
        Future<?> looking = thread().submit(lookup);
        T result;
        try {
            result = read.get();
        } catch (RuntimeException | Error e) {
            // The read's failure is the one to report; the look-up is waited for all the same.
            OwnThread.failureOf(looking);
            throw e;
        }
        await(looking);
        return result;
    }

    private ExecutorService thread() {
        if (thread == null) {
            thread = OwnThread.named(threadName);
        }
        return thread;
    }

    /** Waits for the look-up and fails as it failed, as if it had run on this thread. */
    private static void await(Future<?> looking) {
        Throwable failure = OwnThread.failureOf(looking);
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
