package dev.profilesync.standalone.bench;

import dev.profilesync.standalone.cli.TextTable;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a benchmark result as a table. */
public final class BenchTable {
    private BenchTable() {
    }

    public static void print(BenchResult result, PrintWriter out) {
        out.println("Benchmark: " + result.users() + " users, " + result.fields() + " fields (" + result.attributes()
                + " attributes)");
        out.println("  directory: " + result.directory());
        out.println("  database:  " + result.database());
        out.println("  machine:   " + result.machine());
        out.println(format("  generated: in %.1f s", result.loadSeconds()));
        out.println();
        TextTable table = new TextTable("Phase", "Time", "x floor", "Users/s", "Target (100k)", "Met", "Result");
        for (BenchResult.Phase phase : result.phases()) {
            table.row(phase.name(), format("%.3f s", phase.seconds()), format("%.1f", phase.multipleOfFloor()),
                    format("%.0f", phase.usersPerSecond()),
                    phase.targetSeconds() > 0 ? format("< %.0f s", phase.targetSeconds()) : "",
                    phase.targetSeconds() > 0 ? yes(phase.met()) : "", phase.result());
        }
        BenchResult.Latency latency = result.singleUser();
        table.row("single user p50", format("%.2f ms", latency.p50Millis()), "",
                format("%.0f", latency.usersPerSecond()), "", "", latency.result());
        table.row("single user p99", format("%.2f ms", latency.p99Millis()), "", "",
                format("< %.0f ms", latency.targetP99Millis()), yes(latency.met()),
                format("max %.2f ms", latency.maxMillis()));
        if (latency.warmupRuns() > 0) {
            table.row("single user p99, cold", format("%.2f ms", latency.coldP99Millis()), "", "", "", "",
                    "the " + latency.warmupRuns() + " unmeasured warm-up runs before them");
        }
        BenchResult.Heap heap = result.heap();
        table.row("heap after GC, peak", heap.peakAfterGcMiB() + " MiB", "", "", "< " + heap.targetMiB() + " MiB",
                yes(heap.met()), "max heap " + heap.maxMiB() + " MiB; live after load " + heap.liveAfterLoadMiB()
                        + " MiB, at end " + heap.liveAtEndMiB() + " MiB");
        table.row("peak heap used", heap.peakUsedMiB() + " MiB", "", "", "", "", "garbage included: an upper bound");
        for (BenchResult.PhaseHeap phase : heap.phases()) {
            table.row("  heap in " + phase.phase(), phase.peakAfterGcMiB() + " MiB", "", "", "", "",
                    "after GC, peak; peak used " + phase.peakUsedMiB() + " MiB, live at its end "
                            + phase.liveAtEndMiB() + " MiB");
        }
        BenchResult.Startup startup = result.startup();
        if (startup != null) {
            table.row("sync start-up to first LDAP request", format("%.0f ms", startup.medianFirstRequestMillis()),
                    "", "", format("< %.0f ms", startup.targetMillis()), yes(startup.met()),
                    "median of " + startup.firstRequestMillis().size() + " runs " + millis(startup.firstRequestMillis())
                            + "; to exit " + millis(startup.exitMillis()));
        }
        for (BenchResult.PeopleRead read : result.people()) {
            table.row(read.name(), format("p95 %.1f ms", read.p95Millis()), "", "",
                    read.targetP95Millis() > 0 ? format("< %.0f ms", read.targetP95Millis()) : "",
                    read.targetP95Millis() > 0 ? yes(read.met()) : "",
                    format("p50 %.1f ms; ", read.p50Millis()) + read.result());
        }
        table.print(out, "  ");
        out.flush();
    }

    private static String millis(java.util.List<Double> values) {
        return values.stream().map(v -> format("%.0f", v)).collect(java.util.stream.Collectors.joining(", ", "[",
                "] ms"));
    }

    private static String yes(boolean met) {
        return met ? "yes" : "NO";
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
