package dev.profilesync.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of the run in progress, for a progress bar.
 *
 * @param running          a run is going on this node
 * @param mode             its mode
 * @param processed        users processed so far
 * @param total            users expected, or -1 when unknown (incremental runs)
 * @param currentDirectory the directory being read
 * @param start            when the run began
 */
public record SyncProgress(boolean running, SyncMode mode, long processed, long total, String currentDirectory,
                           Instant start) {

    public static final SyncProgress IDLE = new SyncProgress(false, null, 0, 0, "", null);

    /** Estimated time left, from the rate so far; empty when it cannot be told yet. */
    public Optional<Duration> estimatedRemaining(Instant now) {
        if (!running || total <= 0 || processed <= 0 || start == null) {
            return Optional.empty();
        }
        long elapsedMillis = Duration.between(start, now).toMillis();
        long remaining = Math.max(0, total - processed);
        return Optional.of(Duration.ofMillis(elapsedMillis * remaining / processed));
    }
}
