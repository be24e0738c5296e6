package dev.profilesync.confluence;

import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test data: reports as the engine returns them. */
final class Reports {
    private Reports() {
    }

    static SyncReport of(SyncRequest request, SyncOutcome outcome) {
        return of(request, outcome, List.of(), 0);
    }

    static SyncReport of(SyncRequest request, SyncOutcome outcome, List<String> errors, long failed) {
        return new SyncReport("run-1", request.mode(), request.mode(), request.trigger(), request.dryRun(),
                Instant.parse("2026-11-01T01:11:00Z"), Duration.ofSeconds(3), outcome, 10, 4, 5, failed, 7,
                Map.of(SyncReport.SkipReason.INACTIVE, 1L), Map.of(), List.of(), errors, List.of(), List.of(), false);
    }

    static SyncReport full(SyncOutcome outcome) {
        return of(SyncRequest.full(SyncTrigger.SCHEDULED), outcome);
    }

}
