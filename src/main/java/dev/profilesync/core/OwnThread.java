package dev.profilesync.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The single worker thread a run hands work to ({@link WriteBehind}, {@link BesideLookups}), and waiting for it. */
final class OwnThread {
    private OwnThread() {
    }

    /** One daemon thread named {@code name}; it inherits the run thread's context class loader, as ReadAhead's does. */
    static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * What the work threw, or null; waits even when interrupted (and keeps the interrupt), so that no work outlives
     * the run that handed it over, nor touches the run's state after the run has gone on.
     */
    static Throwable failureOf(Future<?> work) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    work.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                } catch (CancellationException e) {
                    return e;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
