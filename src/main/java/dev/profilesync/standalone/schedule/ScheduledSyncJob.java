package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The standalone runner's "External User Directory Sync Job": at each time of the stored cron schedule it runs an
 * incremental sync (or a full one when incremental sync is off), trigger SCHEDULED, on its own single thread. A run
 * that comes due while the job is disabled, or while another sync is running, is skipped (logged) and the next time
 * is planned, so runs never pile up. Thread-safe; {@link #close()} stops it.
 */
public final class ScheduledSyncJob implements AutoCloseable {
    public static final String NAME = "External User Directory Sync Job";
    /** How soon the job asks again for a schedule it could not read (the database was down). */
    static final Duration RETRY_DELAY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledSyncJob.class);

    /** What the job needs of the engine. */
    public interface Engine {
        SyncReport run(SyncRequest request);

        boolean isRunning();
    }

    private final Engine engine;
    private final Supplier<SyncSettings> settings;
    private final BooleanSupplier enabled;
    private final Clock clock;
    private final ScheduleFloor floor;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> pending;
    private ZonedDateTime nextRun;
    private volatile SyncReport lastReport;
    private final Duration retryDelay;

    /**
     * @param settings read at every planning step, so a new schedule applies after {@link #reschedule()}
     * @param enabled  read when a run comes due
     * @param clock    its zone is the zone the schedule's times are in
     */
    public ScheduledSyncJob(Engine engine, Supplier<SyncSettings> settings, BooleanSupplier enabled, Clock clock) {
        this(engine, settings, enabled, clock, ScheduleFloor.ofMinutes(0));
    }

    /**
     * As above, and a stored schedule that fires more often than {@code floor} is not scheduled at all (logged): it
     * may have been stored before the floor existed, or by a host that does not check it.
     */
    public ScheduledSyncJob(Engine engine, Supplier<SyncSettings> settings, BooleanSupplier enabled, Clock clock,
                            ScheduleFloor floor) {
        this(engine, settings, enabled, clock, floor, RETRY_DELAY);
    }

    /** As above, retrying a planning step that failed (the database was down) after {@code retryDelay}. */
    ScheduledSyncJob(Engine engine, Supplier<SyncSettings> settings, BooleanSupplier enabled, Clock clock,
                     ScheduleFloor floor, Duration retryDelay) {
        this.retryDelay = retryDelay;
        this.engine = engine;
        this.settings = settings;
        this.enabled = enabled;
        this.clock = clock;
        this.floor = floor;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "profile-sync-scheduler");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static ScheduledSyncJob forEngine(SyncEngine engine, Supplier<SyncSettings> settings,
                                             BooleanSupplier enabled, Clock clock, ScheduleFloor floor) {
        return new ScheduledSyncJob(new Engine() {
            @Override
            public SyncReport run(SyncRequest request) {
                return engine.run(request);
            }

            @Override
            public boolean isRunning() {
                return engine.progress().running();
            }
        }, settings, enabled, clock, floor);
    }

    /** Plans the first run. */
    public void start() {
        reschedule();
    }

    /** Plans the next run from the schedule stored now; call it after the schedule changes. */
    public synchronized void reschedule() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        nextRun = null;
        if (executor.isShutdown()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        Optional<ZonedDateTime> next;
        try {
            next = floor.check(settings.get().schedule(), "schedule").nextAfter(now);
        } catch (InvalidSettingException e) {
            LOG.error("{} is not scheduled: {}", NAME, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // The schedule is in the database, which may be down for a while: keep asking rather than stop for good.
            LOG.error("{} could not read its schedule; it tries again in {} s", NAME, retryDelay.toSeconds(), e);
            pending = executor.schedule(this::reschedule, retryDelay.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (next.isEmpty()) {
            LOG.warn("{} will not run again: its schedule has no future time", NAME);
            return;
        }
        nextRun = next.get();
        long delay = Math.max(0, Duration.between(now, nextRun).toMillis());
        pending = executor.schedule(this::runDue, delay, TimeUnit.MILLISECONDS);
    }

    /** When the job runs next; empty when it is stopped or the schedule has no future time. */
    public synchronized Optional<ZonedDateTime> nextRun() {
        return Optional.ofNullable(nextRun);
    }

    /** The report of the last run the job made, if any. */
    public Optional<SyncReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    void runDue() {
        try {
            runOnce();
        } finally {
            reschedule();
        }
    }

    /** Runs the job now as if it came due: skipped when disabled or busy; the report when it ran. */
    Optional<SyncReport> runOnce() {
        try {
            if (!enabled.getAsBoolean()) {
                LOG.info("{} skipped: the job is disabled", NAME);
                return Optional.empty();
            }
            if (engine.isRunning()) {
                LOG.info("{} skipped: a sync is already running", NAME);
                return Optional.empty();
            }
            SyncReport report = engine.run(SyncRequest.asConfigured(SyncTrigger.SCHEDULED));
            lastReport = report;
            LOG.info("{} finished: {}, {} users updated in {} ms", NAME, report.outcome(), report.updated(),
                    report.duration().toMillis());
            return Optional.of(report);
        } catch (RuntimeException e) {
            // The engine reports failures as reports; anything thrown here must not end the schedule.
            LOG.error("{} failed; the next run is planned as usual", NAME, e);
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
            // A run in progress finishes: stopping a sync between batches is the engine's business, not ours.
            executor.shutdown();
            nextRun = null;
            pending = null;
        }
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("{} is still running a sync after 30 s; its thread is a daemon and ends with the process",
                        NAME);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
