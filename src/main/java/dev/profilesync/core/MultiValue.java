package dev.profilesync.core;

/** How an attribute with several values becomes one profile value. */
public enum MultiValue {
    FIRST,
    /** All values, in directory order, joined with ", " (or a newline for MULTILINE fields). */
    JOINED
}
