package dev.profilesync.core;

import java.time.Instant;

/** Written by the run's thread, read by any thread (a status request); each field is published on its own. */
final class ProgressTracker {
    private volatile SyncMode mode;
    private volatile long processed;
    private volatile long total = -1;
    private volatile String directory = "";
    private volatile Instant start;

    ProgressTracker(SyncMode mode, Instant start) {
        this.mode = mode;
        this.start = start;
    }

    void mode(SyncMode effective) {
        this.mode = effective;
    }

    void total(long expected) {
        this.total = expected;
    }

    void directory(String name) {
        this.directory = name;
    }

    void processed(long count) {
        // Single writer: the run's thread.
        this.processed += count;
    }

    SyncProgress snapshot() {
        return new SyncProgress(true, mode, processed, total, directory, start);
    }
}
