package dev.profilesync.standalone.host;

import dev.profilesync.core.SyncOutcome;

/** The runner's exit codes (documented in docs/configuration.md). */
public final class ExitCode {
    /** The run succeeded. */
    public static final int SUCCESS = 0;
    /** The run finished, but some users or directories failed; the report lists them. */
    static final int PARTIAL = 1;
    /** The run failed or was refused (already running, read-only, database unavailable). */
    public static final int FAILED = 2;
    /** Wrong command line or config file; nothing was run or changed. Same as sysexits' EX_USAGE. */
    public static final int USAGE = 64;

    private ExitCode() {
    }

    public static int of(SyncOutcome outcome) {
        return switch (outcome) {
            case SUCCESS -> SUCCESS;
            case PARTIAL -> PARTIAL;
            case FAILED, ALREADY_RUNNING, READ_ONLY, RUNNING, INTERRUPTED -> FAILED;
        };
    }
}
