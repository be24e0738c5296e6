package dev.profilesync.core;

/**
 * What the directory answered to one write-back modify.
 *
 * @param written    the modify was applied
 * @param resultCode the LDAP result code (0 success, 50 insufficient access rights, ...); -1 when the server never
 *                   answered (no connection)
 * @param reason     for a refusal, what happened and what to do, in words a person can act on; empty on success
 * @param changedMeanwhile a value the modify deleted was no longer there, i.e. someone changed it since it was read.
 *                   Decided by the writer, not by the code alone: Samba answers 16 for an attribute its schema lacks too
 */
public record WriteOutcome(boolean written, int resultCode, String reason, boolean changedMeanwhile) {
    /** LDAP noSuchAttribute: what a delete-value of a value that is no longer there gets. */
    public static final int NO_SUCH_ATTRIBUTE = 16;

    public static final WriteOutcome SUCCESS = new WriteOutcome(true, 0, "", false);

    public WriteOutcome {
        reason = reason == null ? "" : reason;
    }

    public static WriteOutcome refused(int resultCode, String reason) {
        return new WriteOutcome(false, resultCode, reason, false);
    }

    /** The directory refused the delete-value of a value it no longer holds (noSuchAttribute): a lost update. */
    public static WriteOutcome staleValue(String reason) {
        return new WriteOutcome(false, NO_SUCH_ATTRIBUTE, reason, true);
    }
}
