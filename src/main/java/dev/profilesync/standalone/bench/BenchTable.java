package dev.profilesync.standalone.bench;

import dev.profilesync.standalone.TextTable;

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
        BenchResult.Heap heap = result.heap();
        table.row("peak heap used", heap.peakUsedMiB() + " MiB", "", "", "< " + heap.targetMiB() + " MiB",
                yes(heap.met()), "max heap " + heap.maxMiB() + " MiB; live after load " + heap.liveAfterLoadMiB()
                        + " MiB, at end " + heap.liveAtEndMiB() + " MiB");
        for (BenchResult.PeopleRead read : result.people()) {
            table.row(read.name(), format("p95 %.1f ms", read.p95Millis()), "", "",
                    read.targetP95Millis() > 0 ? format("< %.0f ms", read.targetP95Millis()) : "",
                    read.targetP95Millis() > 0 ? yes(read.met()) : "",
                    format("p50 %.1f ms; ", read.p50Millis()) + read.result());
        }
        table.print(out, "  ");
        out.flush();
    }

    private static String yes(boolean met) {
        return met ? "yes" : "NO";
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
