package dev.profilesync.standalone.cli;

import dev.profilesync.core.SyncReport;
import dev.profilesync.core.ValueChange;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a sync report as readable text: a summary, the directories, notes, errors, problems and, for dry runs,
 * every change.
 */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static void print(SyncReport report, PrintWriter out) {
        out.println("Sync report " + report.id());
        TextTable summary = new TextTable("", "");
        summary.row("Mode", report.mode() + (report.mode() != report.requestedMode()
                ? " (asked for " + report.requestedMode() + ")" : "")
                + (report.dryRun() ? ", dry run: nothing was written" : ""));
        summary.row("Trigger", report.trigger());
        summary.row("Outcome", report.outcome());
        summary.row("Started", report.start().truncatedTo(ChronoUnit.MILLIS));
        summary.row("Duration", String.format(Locale.ROOT, "%.3f s", report.duration().toMillis() / 1000.0));
        summary.row("Users scanned", report.scanned());
        summary.row("  updated", report.updated());
        summary.row("  unchanged", report.unchanged());
        summary.row("  skipped", report.skippedTotal());
        for (Map.Entry<SyncReport.SkipReason, Long> skip : new java.util.TreeMap<>(report.skipped()).entrySet()) {
            summary.row("    " + skip.getKey().message(), skip.getValue());
        }
        summary.row("  failed", report.failed());
        summary.row("Values changed", report.valuesChanged());
        summary.print(out, "  ");
        printDirectories(report, out);
        printList("Notes", report.notes(), out);
        printList("Errors", report.errors(), out);
        printProblems(report, out);
        if (report.dryRun()) {
            printChanges(report, out);
        }
        out.flush();
    }

    private static void printDirectories(SyncReport report, PrintWriter out) {
        if (report.directories().isEmpty()) {
            return;
        }
        out.println();
        TextTable table = new TextTable("Directory", "Entries read", "Users synced", "Taken by earlier",
                "Unreadable", "Error");
        report.directories().forEach((name, counts) -> table.row(name, counts.entriesRead(), counts.usersSynced(),
                counts.takenByEarlierDirectory(), counts.unreadableEntries(),
                counts.error().isEmpty() ? "-" : counts.error()));
        table.print(out, "  ");
    }

    private static void printList(String title, java.util.List<String> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        lines.forEach(line -> out.println("  - " + TextTable.oneLine(line)));
    }

    private static void printProblems(SyncReport report, PrintWriter out) {
        if (report.problems().isEmpty()) {
            return;
        }
        out.println();
        out.println("Problems" + (report.problems().size() >= SyncReport.MAX_PROBLEMS
                ? " (the first " + SyncReport.MAX_PROBLEMS + ")" : ""));
        TextTable table = new TextTable("User", "Problem");
        report.problems().forEach(problem -> table.row(problem.username(), problem.message()));
        table.print(out, "  ");
    }

    private static void printChanges(SyncReport report, PrintWriter out) {
        out.println();
        out.println("Changes a real run would make: " + report.changes().size()
                + (report.changesTruncated() ? " (list cut at " + SyncReport.MAX_CHANGES + ")" : ""));
        if (report.changes().isEmpty()) {
            return;
        }
        TextTable table = new TextTable("User", "Field", "Old", "", "New");
        for (ValueChange change : report.changes()) {
            table.row(change.username(), change.field(), shown(change.oldValue()), "\u2192", shown(change.newValue()));
        }
        table.print(out, "  ");
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
