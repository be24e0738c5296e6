package dev.profilesync.core;

/** How a run ended. */
public enum SyncOutcome {
    /** Everything read was written (or, in a dry run, reported). */
    SUCCESS,
    /** The run finished; some users or directories failed and are listed in the report. */
    PARTIAL,
    /** Nothing useful happened: e.g. every directory failed. */
    FAILED,
    /** Refused: another run holds the lock. Not kept in history. */
    ALREADY_RUNNING,
    /** Refused, or stopped part-way, because the host is in read-only mode. */
    READ_ONLY,
    /** Started, not finished: what history shows while a full or incremental run goes on. */
    RUNNING,
    /**
     * Started and never finished: its process died (killed, crashed, power lost). Set on a RUNNING record by the
     * next run that takes the run lock, or by the host at start-up; the report says what was and was not written.
     */
    INTERRUPTED;

    public boolean wasRefused() {
        return this == ALREADY_RUNNING || this == READ_ONLY;
    }
}
