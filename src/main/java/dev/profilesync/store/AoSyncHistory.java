package dev.profilesync.store;

import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.port.SyncHistory;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run reports in {@link SyncRunEntity} rows, one per run id: summary columns for lists, the whole report as JSON.
 * Keeps the newest {@value #KEPT_RUNS} runs by start time. Pruning (a count, a scan and a delete of the surplus
 * rows with their JSON) costs several milliseconds, so it is done where it costs nobody a wait: every record of a
 * full or incremental run prunes (such a run takes seconds), and a single-user run's record prunes only when it is
 * the first or the {@value #SINGLE_USER_PRUNE_EVERY}th single-user record since the last prune, so a site that only
 * syncs at login stays bounded too. That puts the prune outside a login sync's 99th percentile: one in
 * {@value #SINGLE_USER_PRUNE_EVERY} pays it, where one in 200 (the rule before) made it half of the ten slowest of
 * 1,000 (docs/benchmarks.md). The table holds at most {@value #KEPT_RUNS} + {@value #SINGLE_USER_PRUNE_EVERY} rows,
 * and {@link #recent} never shows more than {@value #KEPT_RUNS}. A single-user run is recorded once, when it ends,
 * so its record replaces nothing. Thread-safe.
 */
final class AoSyncHistory implements SyncHistory {
    static final int KEPT_RUNS = 500;
    static final int SINGLE_USER_PRUNE_EVERY = 1_000;
    private static final String NEWEST_FIRST = "STARTED_MILLIS DESC, ID DESC";

    private final AoAccess ao;
    /** Single-user records since the last prune; starts so that the first one after start-up prunes. */
    private final AtomicLong singleUserRecordsUnpruned = new AtomicLong(SINGLE_USER_PRUNE_EVERY - 1);

    AoSyncHistory(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public void record(SyncReport report) {
        Map<String, Object> row = row(report);
        boolean singleUser = report.mode() == SyncMode.SINGLE_USER;
        boolean prune = !singleUser || singleUserRecordsUnpruned.incrementAndGet() % SINGLE_USER_PRUNE_EVERY == 0;
        if (!singleUser) {
            singleUserRecordsUnpruned.set(0);
        }
        if (singleUser && !prune) {
            // One statement needs no transaction of its own: a login sync saves the commit's round trip.
            ao.create(SyncRunEntity.class, List.of(row));
            return;
        }
        ao.executeInTransaction(() -> {
            // A run is kept as RUNNING when it starts; its final report replaces that record.
            if (!singleUser) {
                ao.deleteWithSQL(SyncRunEntity.class, "RUN_ID = ?", report.id());
            }
            // The bulk insert, for one row: AO's single-row create read the new ID back and made an entity of it,
            // neither of which is needed here, and was a quarter of a login sync (docs/benchmarks.md).
            ao.create(SyncRunEntity.class, List.of(row));
            if (prune) {
                pruneBeyond(KEPT_RUNS);
            }
            return null;
        });
    }

    @Override
    public List<SyncReport> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<SyncReport> reports = new ArrayList<>();
        Query query = Query.select("ID, RUN_ID, REPORT_JSON").order(NEWEST_FIRST).limit(Math.min(limit, KEPT_RUNS));
        ao.executeInTransaction(() -> {
            ao.stream(SyncRunEntity.class, query, (SyncRunEntity row) ->
                    reports.add(StoredJson.report(row.getReportJson(), row.getRunId())));
            return null;
        });
        return reports;
    }

    @Override
    public List<SyncReport> running() {
        List<SyncReport> reports = new ArrayList<>();
        Query query = Query.select("ID, RUN_ID, REPORT_JSON").where("OUTCOME = ?", SyncOutcome.RUNNING.name())
                .order(NEWEST_FIRST);
        ao.executeInTransaction(() -> {
            ao.stream(SyncRunEntity.class, query, (SyncRunEntity row) ->
                    reports.add(StoredJson.report(row.getReportJson(), row.getRunId())));
            return null;
        });
        return reports;
    }

    private void pruneBeyond(int kept) {
        int surplus = ao.count(SyncRunEntity.class, Query.select()) - kept;
        if (surplus <= 0) {
            return;
        }
        List<Object> oldest = new ArrayList<>(surplus);
        ao.stream(SyncRunEntity.class, Query.select("ID").order("STARTED_MILLIS ASC, ID ASC").limit(surplus),
                (SyncRunEntity row) -> oldest.add(row.getID()));
        for (List<Object> chunk : InClause.chunks(oldest)) {
            ao.deleteWithSQL(SyncRunEntity.class, InClause.of("ID", chunk.size()), chunk.toArray());
        }
    }

    /** The row that keeps a report: summary columns and the report as JSON. */
    static Map<String, Object> row(SyncReport report) {
        Map<String, Object> row = new HashMap<>();
        row.put("RUN_ID", report.id());
        row.put("RUN_TRIGGER", report.trigger().name());
        row.put("RUN_MODE", report.mode().name());
        row.put("DRY_RUN", report.dryRun());
        row.put("OUTCOME", report.outcome().name());
        row.put("STARTED_MILLIS", report.start().toEpochMilli());
        row.put("DURATION_MILLIS", report.duration().toMillis());
        row.put("SCANNED", report.scanned());
        row.put("UPDATED_USERS", report.updated());
        row.put("UNCHANGED_USERS", report.unchanged());
        row.put("SKIPPED_USERS", report.skippedTotal());
        row.put("FAILED_USERS", report.failed());
        row.put("VALUES_CHANGED", report.valuesChanged());
        row.put("REPORT_JSON", StoredJson.report(report));
        return row;
    }
}
