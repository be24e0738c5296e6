package dev.profilesync.core;

import dev.profilesync.core.port.EntrySink;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Reads one directory on a thread of its own while the engine thread handles what was read, so that waiting for the
 * directory's next page overlaps mapping and writing the previous batch. The reader reads only as far as the engine
 * allows: up to the end of the batch being filled, and up to the end of the next batch once the engine has checked
 * (read-only mode) that it may write the current one. So no entry of a later batch is read before the check of an
 * earlier one, as when reading and writing took turns on one thread.
 *
 * <p>Threading: {@link #start}, {@link #next}, {@link #allow} and {@link #stop} are called by the engine thread only;
 * the reader thread calls the sink. Whatever the read throws (a {@link DirectoryException}, any other exception) is
 * rethrown by {@link #next} on the engine thread after every entry read before it. {@link #stop} ends the read and
 * waits for the reader thread, so the read's connection is closed when it returns.
 */
final class ReadAhead {
    private static final Object END = new Object();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Object> handedOver = new ArrayDeque<>();
    private final ArrayDeque<Object> taken = new ArrayDeque<>();
    private Thread thread;
    private long allowed;
    private long read;
    private long consumed;
    private int wanted = 1;
    private boolean finished;
    private boolean stopping;
    private Throwable failure;

    /** An entry the directory could not turn into a {@link DirectoryEntry}. */
    record Unreadable(String dn, String reason) {
    }

    /** Starts reading on a new thread; {@code firstBatch} entries may be read before anything else is allowed. */
    void start(String name, Consumer<EntrySink> read, int firstBatch) {
        allowed = firstBatch;
        // The new thread inherits this thread's context class loader, which JNDI uses to find its provider.
        thread = new Thread(() -> readAll(read), name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The next thing read, a {@link DirectoryEntry} or an {@link Unreadable}, or null once the read ended; waits for
     * the reader. {@code batchRoom} is how many entries the batch being filled still takes: the reader may read that
     * many more. Rethrows the read's failure once everything read before it was returned.
     */
    Object next(int batchRoom) {
        if (taken.isEmpty()) {
            takeOver(batchRoom);
        }
        Object item = taken.poll();
        if (item == END) {
            taken.addFirst(END);
            return rethrowOrEnd();
        }
        consumed++;
        return item;
    }

    /** The batch just checked may be written: the reader may read one more batch meanwhile. */
    void allow(int batchSize) {
        raiseAllowance(consumed + batchSize);
    }

    /** Ends the read (when the run stops early) and waits for the reader thread to finish. */
    void stop() {
        lock.lock();
        try {
            stopping = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                // The read may be waiting on the directory: it ends within the directory's read timeout.
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void takeOver(int batchRoom) {
        raiseAllowance(consumed + Math.max(1, batchRoom));
        lock.lock();
        try {
            wanted = Math.max(1, batchRoom);
            while (handedOver.size() < wanted && !finished) {
                changed.awaitUninterruptibly();
            }
            taken.addAll(handedOver);
            handedOver.clear();
        } finally {
            lock.unlock();
        }
    }

    private void raiseAllowance(long upTo) {
        lock.lock();
        try {
            if (upTo > allowed) {
                allowed = upTo;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private Object rethrowOrEnd() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return null;
    }

    private void readAll(Consumer<EntrySink> read) {
        Throwable failed = null;
        try {
            read.accept(new Sink());
        } catch (Stopped e) {
            // The engine stopped the run; it needs nothing more from this read.
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        lock.lock();
        try {
            failure = failed;
            finished = true;
            handedOver.add(END);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void handOver(Object item) {
        lock.lock();
        try {
            if (stopping) {
                throw new Stopped();
            }
            read++;
            handedOver.add(item);
            // Waking the engine for every entry would cost more than the overlap gains: it waits for a batch's worth.
            if (handedOver.size() >= wanted || read >= allowed) {
                changed.signalAll();
            }
            // Waiting here, before the directory hands over its next entry, means that entry counts as read only
            // once it is allowed.
            while (read >= allowed && !stopping) {
                changed.awaitUninterruptibly();
            }
            if (stopping) {
                throw new Stopped();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs on the reader thread. */
    private final class Sink implements EntrySink {
        @Override
        public void entry(DirectoryEntry entry) {
            handOver(entry);
        }

        @Override
        public void unreadable(String dn, String reason) {
            handOver(new Unreadable(dn, reason));
        }
    }

    /** Thrown into the reader's stream when the engine stopped; readers let sink exceptions through unchanged. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the run stopped", null, false, false);
        }
    }
}
