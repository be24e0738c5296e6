package dev.profilesync.core;

/**
 * What the directory answered to one write-back modify.
 *
 * @param written    the modify was applied
 * @param resultCode the LDAP result code (0 success, 50 insufficient access rights, ...); -1 when the server never
 *                   answered (no connection)
 * @param reason     for a refusal, what happened and what to do, in words a person can act on; empty on success
 */
public record WriteOutcome(boolean written, int resultCode, String reason) {
    /** LDAP noSuchAttribute: a value the modify deleted was no longer there, i.e. someone changed it meanwhile. */
    public static final int NO_SUCH_ATTRIBUTE = 16;

    public static final WriteOutcome SUCCESS = new WriteOutcome(true, 0, "");

    public WriteOutcome {
        reason = reason == null ? "" : reason;
    }

    public static WriteOutcome refused(int resultCode, String reason) {
        return new WriteOutcome(false, resultCode, reason);
    }

    /** The directory refused because a value changed since it was read: a conflict, not a fault. */
    public boolean changedMeanwhile() {
        return !written && resultCode == NO_SUCH_ATTRIBUTE;
    }
}
