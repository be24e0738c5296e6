package dev.profilesync.core;

/** Who asked for a run. */
public enum SyncTrigger {
    SCHEDULED,
    MANUAL,
    LOGIN,
    COMMAND_LINE,
    /** A person opened their own edit form, which shows the directory's current values. */
    SELF_SERVICE
}
