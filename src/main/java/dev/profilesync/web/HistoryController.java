package dev.profilesync.web;

import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.port.SyncHistory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The last runs, newest first, and the points of the duration / changed-values chart, oldest first. */
final class HistoryController {
    static final int CHART_RUNS = 30;
    static final int TABLE_RUNS = 20;

    private final SyncHistory history;

    HistoryController(SyncHistory history) {
        this.history = history;
    }

    void register(Routes routes) {
        routes.read("history", request -> ApiJson.ok(history()));
    }

    private Map<String, Object> history() {
        List<SyncReport> recent = history.recent(CHART_RUNS);
        List<Map<String, Object>> chart = new ArrayList<>();
        for (SyncReport report : recent) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("start", report.start().toString());
            point.put("durationMillis", report.duration().toMillis());
            point.put("valuesChanged", report.valuesChanged());
            point.put("outcome", report.outcome().name());
            point.put("dryRun", report.dryRun());
            chart.add(point);
        }
        Collections.reverse(chart);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runs", recent.stream().limit(TABLE_RUNS).map(ReportJson::brief).toList());
        json.put("chart", chart);
        return json;
    }

    /**
     * The newest finished full or incremental run (not a dry run, not a login's), for a page opened after a restart;
     * a run still going on shows as progress, not as the last run.
     */
    Optional<SyncReport> lastRealRun() {
        return history.recent(TABLE_RUNS).stream()
                .filter(report -> !report.dryRun() && report.requestedMode() != SyncMode.SINGLE_USER
                        && report.outcome() != SyncOutcome.RUNNING)
                .findFirst();
    }
}
