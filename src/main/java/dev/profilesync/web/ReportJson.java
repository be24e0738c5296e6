package dev.profilesync.web;

import dev.profilesync.core.SyncReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a {@link SyncReport} looks in the API: the summary the page shows, without the list of changes. */
final class ReportJson {
    private ReportJson() {
    }

    static Map<String, Object> summary(SyncReport report) {
        Map<String, Object> json = new LinkedHashMap<>(brief(report));
        // Keyed by the reason's words, which the page shows as they are.
        Map<String, Long> skipped = new LinkedHashMap<>();
        report.skipped().forEach((reason, count) -> skipped.put(reason.message(), count));
        json.put("skippedByReason", skipped);
        List<Map<String, Object>> directories = new ArrayList<>();
        report.directories().forEach((name, counts) -> {
            Map<String, Object> directory = new LinkedHashMap<>();
            directory.put("name", name);
            directory.put("entriesRead", counts.entriesRead());
            directory.put("usersSynced", counts.usersSynced());
            directory.put("takenByEarlierDirectory", counts.takenByEarlierDirectory());
            directory.put("unreadableEntries", counts.unreadableEntries());
            directory.put("error", counts.error());
            directories.add(directory);
        });
        json.put("directories", directories);
        json.put("notes", report.notes());
        json.put("errors", report.errors());
        json.put("problems", report.problems().stream()
                .map(problem -> Map.of("username", problem.username(), "message", problem.message()))
                .toList());
        json.put("changeCount", report.changes().size());
        json.put("changesTruncated", report.changesTruncated());
        return json;
    }

    /** The counts of a run, as a history row. */
    static Map<String, Object> brief(SyncReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", report.id());
        json.put("trigger", report.trigger().name());
        json.put("requestedMode", report.requestedMode().name());
        json.put("mode", report.mode().name());
        json.put("dryRun", report.dryRun());
        json.put("outcome", report.outcome().name());
        json.put("start", report.start().toString());
        json.put("durationMillis", report.duration().toMillis());
        json.put("scanned", report.scanned());
        json.put("updated", report.updated());
        json.put("unchanged", report.unchanged());
        json.put("skipped", report.skippedTotal());
        json.put("failed", report.failed());
        json.put("valuesChanged", report.valuesChanged());
        json.put("errorCount", report.errors().size() + report.problems().size());
        return json;
    }
}
