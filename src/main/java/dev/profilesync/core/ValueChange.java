package dev.profilesync.core;

/** One value a run changes (or, in a dry run, would change); an empty old or new value means "none". */
public record ValueChange(String username, String field, String oldValue, String newValue) {
    public ValueChange {
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }
}
