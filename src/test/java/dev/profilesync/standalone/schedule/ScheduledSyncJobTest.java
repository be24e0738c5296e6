package dev.profilesync.standalone.schedule;

import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The job's decisions, over a recording stand-in for the engine (the engine itself is tested in core). */
class ScheduledSyncJobTest {
    private final List<SyncRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean enabled = new AtomicBoolean(true);
    private final AtomicReference<SyncSettings> settings = new AtomicReference<>(SyncSettings.defaults());
    private CountDownLatch ran = new CountDownLatch(1);
    private ScheduledSyncJob job;

    private final ScheduledSyncJob.Engine engine = new ScheduledSyncJob.Engine() {
        @Override
        public SyncReport run(SyncRequest request) {
            requests.add(request);
            ran.countDown();
            return report(request);
        }

        @Override
        public boolean isRunning() {
            return running.get();
        }
    };

    @AfterEach
    void stop() {
        if (job != null) {
            job.close();
        }
    }

    private ScheduledSyncJob job(Clock clock) {
        job = new ScheduledSyncJob(engine, settings::get, enabled::get, clock);
        return job;
    }

    @Test
    void aStoredScheduleBelowTheFloorIsNotScheduled() {
        settings.set(SyncSettings.defaults().withSchedule("0 * * * * ?"));
        job = new ScheduledSyncJob(engine, settings::get, enabled::get, Clock.systemUTC(), ScheduleFloor.DEFAULT);

        job.start();

        assertThat(job.nextRun()).isEmpty();
    }

    @Test
    void runsAnIncrementalSyncWhenIncrementalSyncIsOn() {
        settings.set(SyncSettings.defaults().withIncremental(true, null));
        assertThat(job(Clock.systemUTC()).runOnce()).isPresent();
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.asConfigured()).isTrue();
            assertThat(request.resolvedWith(settings.get()).mode()).isEqualTo(SyncMode.INCREMENTAL);
            assertThat(request.trigger()).isEqualTo(SyncTrigger.SCHEDULED);
            assertThat(request.dryRun()).isFalse();
        });
    }

    @Test
    void runsAFullSyncWhenIncrementalSyncIsOff() {
        job(Clock.systemUTC()).runOnce();
        assertThat(requests).singleElement().extracting(SyncRequest::mode).isEqualTo(SyncMode.FULL);
    }

    @Test
    void skipsWhileDisabled() {
        enabled.set(false);
        assertThat(job(Clock.systemUTC()).runOnce()).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void skipsWhileAnotherSyncIsRunning() {
        running.set(true);
        assertThat(job(Clock.systemUTC()).runOnce()).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void plansTheNextRunFromTheStoredSchedule() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
        job(clock).start();
        assertThat(job.nextRun()).hasValueSatisfying(next ->
                assertThat(next.toInstant()).isEqualTo(Instant.parse("2026-11-22T01:11:00Z")));
    }

    @Test
    void firesAtEachScheduledTimeAndPlansTheNext() throws InterruptedException {
        settings.set(SyncSettings.defaults().withSchedule("* * * * * ?"));
        ran = new CountDownLatch(2);
        job(Clock.systemUTC()).start();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(job.lastReport()).isPresent();
        assertThat(job.nextRun()).isPresent();
    }

    @Test
    void rescheduleTakesANewScheduleAndCloseStopsIt() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
        job(clock).start();
        settings.set(SyncSettings.defaults().withSchedule("0 0 13 * * ?"));
        job.reschedule();
        assertThat(job.nextRun()).hasValueSatisfying(next ->
                assertThat(next.toInstant()).isEqualTo(Instant.parse("2026-11-21T13:00:00Z")));
        job.close();
        assertThat(job.nextRun()).isEmpty();
    }

    @Test
    void anInvalidStoredScheduleLeavesTheJobUnplannedInsteadOfThrowing() {
        settings.set(SyncSettings.defaults().withSchedule("0 61 1 * * ?"));
        job(Clock.systemUTC()).start();
        assertThat(job.nextRun()).isEmpty();
    }

    private static SyncReport report(SyncRequest request) {
        return new SyncReport("id", request.mode(), request.mode(), request.trigger(), false, Instant.now(),
                Duration.ZERO, SyncOutcome.SUCCESS, 0, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(), false);
    }
}
