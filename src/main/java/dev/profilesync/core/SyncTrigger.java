package dev.profilesync.core;

/** Who asked for a run. */
public enum SyncTrigger {
    SCHEDULED,
    MANUAL,
    LOGIN,
    COMMAND_LINE
}
