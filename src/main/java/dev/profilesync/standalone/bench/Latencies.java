package dev.profilesync.standalone.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of durations in nanoseconds. */
public final class Latencies {
    private final long[] sorted;

    public Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The smallest value that at least {@code percent}% of the samples do not exceed, in milliseconds. */
    public double percentileMillis(double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    public double maxMillis() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1_000_000.0;
    }

    public double totalSeconds() {
        return Arrays.stream(sorted).sum() / 1_000_000_000.0;
    }
}
