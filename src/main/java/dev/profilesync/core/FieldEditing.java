package dev.profilesync.core;

/**
 * Whether people may change one profile field themselves, and whether their change goes back to the directory.
 * Immutable.
 *
 * @param editable  the field is an input on the person's own edit form (self-service); a field that is synced and
 *                  not written back stays read-only there, since the next sync would overwrite the change
 * @param writeBack a saved change is written to the person's directory entry before it is stored; needs an LDAP
 *                  attribute of its own (not a template, not a DN shown as a username)
 */
public record FieldEditing(boolean editable, boolean writeBack) {
    /** Read-only, never written back: what every field was before self-service existed. */
    public static final FieldEditing DEFAULT = new FieldEditing(false, false);
}
