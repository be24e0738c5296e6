package dev.profilesync.core;

/** What a sync does to a stored value when the directory entry has no value for the mapped attribute. */
public enum WhenMissing {
    /** The stored value is removed: the directory is the source of truth. */
    CLEAR,
    /** The stored value stays, for fields that are also edited in Confluence. */
    KEEP
}
