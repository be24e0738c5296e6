package dev.profilesync.core;

/**
 * A value a full run would clear because the entry lacks the attribute; applied only at the end, once the run has
 * shown that the directory answered in full (see {@link ClearGuard}).
 */
record PendingClear(String userKey, String username, String entryUuid, String field, String oldValue,
                    boolean userOtherwiseUnchanged) {
}
