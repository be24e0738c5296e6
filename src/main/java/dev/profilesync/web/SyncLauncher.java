package dev.profilesync.web;

import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the syncs the admin page asks for on one background thread, one at a time, and keeps the last report of each
 * kind for the page. Thread-safe: request threads start runs and read results; the worker writes them.
 */
final class SyncLauncher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncLauncher.class);

    /** What the page started. */
    enum Kind {
        SYNC,
        DRY_RUN
    }

    private final SyncEngine engine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "profile-sync-admin-run");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Kind> active = new AtomicReference<>();
    private volatile SyncReport lastRun;
    private volatile SyncReport lastDryRun;
    private volatile String lastRefusal = "";

    SyncLauncher(SyncEngine engine) {
        this.engine = engine;
    }

    /** Starts a full run in the background; empty when started, else why not. */
    Optional<String> start(Kind kind) {
        if (engine.progress().running() || !active.compareAndSet(null, kind)) {
            return Optional.of("A synchronization is already running: wait for it to finish, then try again.");
        }
        lastRefusal = "";
        SyncRequest request = SyncRequest.full(SyncTrigger.MANUAL);
        worker.execute(() -> run(kind, kind == Kind.DRY_RUN ? request.asDryRun() : request));
        return Optional.empty();
    }

    /**
     * Syncs one user on the calling thread (one directory look-up) and returns the engine's report; empty while a run the
     * page started is starting or going on (the engine refuses a user during any full run on this node: that run
     * syncs them too). Read-only mode and another node's run are the engine's to refuse.
     */
    Optional<SyncReport> runUser(String username) {
        if (active.get() != null) {
            return Optional.empty();
        }
        return Optional.of(engine.run(SyncRequest.user(username, SyncTrigger.MANUAL)));
    }

    private void run(Kind kind, SyncRequest request) {
        try {
            SyncReport report = engine.run(request);
            if (report.outcome().wasRefused()) {
                // Another node or the scheduled job got the lock first: the page shows why nothing ran.
                lastRefusal = String.join(" ", report.notes());
            } else if (kind == Kind.DRY_RUN) {
                lastDryRun = report;
            } else {
                lastRun = report;
            }
        } catch (RuntimeException e) {
            LOG.error("The sync started from the admin page failed", e);
            lastRefusal = "The synchronization failed on the server before it could report; the server log has the "
                    + "details.";
        } finally {
            active.set(null);
        }
    }

    Optional<Kind> active() {
        return Optional.ofNullable(active.get());
    }

    Optional<SyncReport> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    Optional<SyncReport> lastDryRun() {
        return Optional.ofNullable(lastDryRun);
    }

    String lastRefusal() {
        return lastRefusal;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The admin page's sync thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
