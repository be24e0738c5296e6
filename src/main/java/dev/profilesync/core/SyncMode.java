package dev.profilesync.core;

/** What a run reads. */
public enum SyncMode {
    /** Every active user. */
    FULL,
    /** Only entries changed since the last run, by the directory's change timestamp. */
    INCREMENTAL,
    /** One user, e.g. at login. */
    SINGLE_USER
}
