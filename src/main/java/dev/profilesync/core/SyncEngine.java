package dev.profilesync.core;

import dev.profilesync.core.port.RunLock;
import dev.profilesync.core.port.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Syncs profile fields from the directories into the profile store. Entry point for every trigger (scheduled job,
 * admin page, login, command line). Thread-safe: runs may be requested from any thread; one full or incremental run
 * at a time proceeds (across the cluster, through {@link RunLock}), a second is refused, never queued.
 */
public final class SyncEngine {
    static final String RUN_LOCK = "dev.profilesync.run";
    private static final String USER_LOCK_PREFIX = "dev.profilesync.user.";
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final SyncPorts ports;
    private final Clock clock;
    private final AtomicReference<ProgressTracker> current = new AtomicReference<>();
    private final SettingsCache settingsCache = new SettingsCache();

    public SyncEngine(SyncPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /** Runs the request on the calling thread and returns its report; refusals come back as reports too. */
    public SyncReport run(SyncRequest request) {
        ReportBuilder report = new ReportBuilder(request, clock.instant());
        if (ports.accessMode().isReadOnly()) {
            return refuse(report, SyncOutcome.READ_ONLY,
                    "The site is in read-only mode: no sync runs until read-only mode is turned off.");
        }
        boolean singleUser = request.mode() == SyncMode.SINGLE_USER;
        if (singleUser && current.get() != null) {
            return refuse(report, SyncOutcome.ALREADY_RUNNING,
                    "A full synchronization is running and will sync this user too.");
        }
        String lockName = singleUser
                ? USER_LOCK_PREFIX + request.username().orElseThrow().toLowerCase(Locale.ROOT)
                : RUN_LOCK;
        Optional<RunLock.Lease> lease = ports.runLock().tryAcquire(lockName);
        if (lease.isEmpty()) {
            return refuse(report, SyncOutcome.ALREADY_RUNNING,
                    "A synchronization is already running; wait for it to finish and try again.");
        }
        try (RunLock.Lease held = lease.get()) {
            return runLocked(request, report, singleUser);
        }
    }

    /**
     * Marks the history records of runs whose process died (left RUNNING) as INTERRUPTED, when no run holds the run
     * lock; hosts call it at start-up, and every full or incremental run does it first. Returns how many it marked.
     */
    public int closeInterruptedRuns() {
        Optional<RunLock.Lease> lease = current.get() == null ? ports.runLock().tryAcquire(RUN_LOCK)
                : Optional.empty();
        if (lease.isEmpty()) {
            return 0;
        }
        try (RunLock.Lease held = lease.get()) {
            return markInterrupted();
        }
    }

    /** What the run on this node is doing now, for a progress bar. */
    public SyncProgress progress() {
        ProgressTracker tracker = current.get();
        return tracker == null ? SyncProgress.IDLE : tracker.snapshot();
    }

    private SyncReport runLocked(SyncRequest request, ReportBuilder report, boolean singleUser) {
        ProgressTracker tracker = new ProgressTracker(request.mode(), report.start());
        if (!singleUser && !current.compareAndSet(null, tracker)) {
            // The host's lock may be re-entrant for the same thread; this node still runs one at a time.
            return refuse(report, SyncOutcome.ALREADY_RUNNING,
                    "A synchronization is already running; wait for it to finish and try again.");
        }
        try {
            if (request.asConfigured()) {
                request = request.resolvedWith(settingsCache.current(ports.settings()).settings());
                report.resolved(request);
            }
            if (!singleUser) {
                // Under the run lock no other full or incremental run can be going on: a RUNNING record is a dead one.
                markInterrupted();
                keepInHistory(report.running(clock));
            }
            execute(request, report, tracker);
        } catch (SyncRun.ReadOnlyStop stop) {
            report.outcome(SyncOutcome.READ_ONLY);
            report.note("The site turned read-only during the run: it stopped before writing the next batch. "
                    + "Users written so far keep their new values.");
        } catch (RuntimeException e) {
            LOG.error("Profile sync failed", e);
            report.outcome(SyncOutcome.FAILED);
            report.error("The sync failed: " + e);
        } finally {
            if (!singleUser) {
                current.set(null);
            }
        }
        SyncReport done = report.build(clock);
        keepInHistory(done);
        return done;
    }

    private void execute(SyncRequest request, ReportBuilder report, ProgressTracker tracker) {
        SettingsStore store = ports.settings();
        SettingsCache.Entry current = settingsCache.current(store);
        SyncSettings settings = current.settings();
        List<FieldDefinition> fields = current.fields();
        if (request.mode() == SyncMode.SINGLE_USER) {
            new SingleUserRun(ports, request, settings, fields, report).execute(request.username().orElseThrow());
            return;
        }
        SyncState state = store.state();
        String fingerprint = MappingFingerprint.of(fields);
        Optional<Instant> changedSince = incrementalStart(request, state, fingerprint, report);
        tracker.mode(changedSince.isPresent() ? SyncMode.INCREMENTAL : SyncMode.FULL);
        report.mode(changedSince.isPresent() ? SyncMode.INCREMENTAL : SyncMode.FULL);
        SyncRun run = new SyncRun(ports, request, settings, state, fields, report, tracker, changedSince.isEmpty());
        boolean clearsAllowed;
        try {
            clearsAllowed = run.execute(changedSince);
        } finally {
            ports.profiles().syncFinished();
        }
        if (!request.dryRun() && !report.hasErrors()) {
            long entryCount = changedSince.isEmpty() && clearsAllowed ? run.entriesRead() : state.lastFullEntryCount();
            store.saveState(new SyncState(Optional.of(report.start()), fingerprint, entryCount));
        } else if (report.hasErrors()) {
            report.note("The last sync date was not moved because of the errors above, so the next incremental "
                    + "sync reads these changes again.");
        }
    }

    private static Optional<Instant> incrementalStart(SyncRequest request, SyncState state, String fingerprint,
                                                      ReportBuilder report) {
        if (request.mode() != SyncMode.INCREMENTAL) {
            return Optional.empty();
        }
        if (state.lastSyncTime().isEmpty()) {
            report.note("There is no last sync date yet, so this incremental sync ran as a full sync.");
            return Optional.empty();
        }
        if (!fingerprint.equals(state.mappingFingerprint())) {
            report.note("The field mappings changed since the last sync, so this incremental sync ran as a full "
                    + "sync to fill the changed fields for everyone.");
            return Optional.empty();
        }
        return state.lastSyncTime();
    }

    private int markInterrupted() {
        try {
            List<SyncReport> dead = ports.history().running();
            for (SyncReport run : dead) {
                LOG.warn("Profile sync run {} started at {} never finished (its process stopped): kept in history as "
                        + "interrupted", run.id(), run.start());
                ports.history().record(run.interrupted());
            }
            return dead.size();
        } catch (RuntimeException e) {
            // History is a record of runs, not a condition for one: the next run tries again.
            LOG.warn("Could not mark interrupted runs in history", e);
            return 0;
        }
    }

    private void keepInHistory(SyncReport report) {
        try {
            ports.history().record(report);
        } catch (RuntimeException e) {
            // The sync itself is done; losing its history entry must not turn it into a failure.
            LOG.warn("Could not keep the sync report in history", e);
        }
    }

    private SyncReport refuse(ReportBuilder report, SyncOutcome outcome, String reason) {
        report.outcome(outcome);
        report.note(reason);
        return report.build(clock);
    }
}
