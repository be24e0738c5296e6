package dev.profilesync.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run did, kept in history and shown to admins. Immutable.
 *
 * @param id               unique id of the run
 * @param requestedMode    the mode asked for
 * @param mode             the mode that ran (an incremental request may run full, see {@link #notes})
 * @param trigger          who asked
 * @param dryRun           nothing was written
 * @param start            when the run began
 * @param duration         how long it took
 * @param outcome          how it ended
 * @param scanned          active users examined
 * @param updated          users with at least one value written
 * @param unchanged        users whose stored values already matched
 * @param failed           users that could not be synced (see {@link #problems})
 * @param valuesChanged    values set or removed
 * @param skipped          users left alone, by reason
 * @param directories      per-directory counts, in lookup order
 * @param notes            decisions the engine took that the admin should know (forced full run, withheld clears)
 * @param errors           failures that are not about one user (a directory that could not be read)
 * @param problems         per-user failures and warnings, at most {@value #MAX_PROBLEMS}
 * @param changes          the values changed, listed for dry runs, at most {@value #MAX_CHANGES}
 * @param changesTruncated more changes were made than {@link #changes} lists
 */
public record SyncReport(
        String id,
        SyncMode requestedMode,
        SyncMode mode,
        SyncTrigger trigger,
        boolean dryRun,
        Instant start,
        Duration duration,
        SyncOutcome outcome,
        long scanned,
        long updated,
        long unchanged,
        long failed,
        long valuesChanged,
        Map<SkipReason, Long> skipped,
        Map<String, DirectoryCounts> directories,
        List<String> notes,
        List<String> errors,
        List<UserProblem> problems,
        List<ValueChange> changes,
        boolean changesTruncated) {

    public static final int MAX_PROBLEMS = 100;
    public static final int MAX_CHANGES = 100_000;

    public SyncReport {
        skipped = Map.copyOf(skipped);
        directories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(directories));
        notes = List.copyOf(notes);
        errors = List.copyOf(errors);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** This report as a run that never finished: outcome INTERRUPTED, with a note saying what that means. */
    public SyncReport interrupted() {
        List<String> withNote = new java.util.ArrayList<>(notes);
        withNote.add("This run was interrupted: its process stopped before the run finished (killed, crashed or "
                + "shut down). Batches written before that are complete, the rest was not written, nothing was "
                + "cleared and the last sync date did not move; the next run syncs everyone again.");
        return new SyncReport(id, requestedMode, mode, trigger, dryRun, start, duration, SyncOutcome.INTERRUPTED,
                scanned, updated, unchanged, failed, valuesChanged, skipped, directories, withNote, errors, problems,
                changes, changesTruncated);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts for one directory in one run. */
    public record DirectoryCounts(long entriesRead, long usersSynced, long takenByEarlierDirectory,
                                  long unreadableEntries, String error) {
        public DirectoryCounts {
            error = error == null ? "" : error;
        }
    }

    /** Something that went wrong, or deserves a look, for one user. */
    public record UserProblem(String username, String message) {
    }

    /** Why a user was left alone, with the words a report shows for it; the keys of {@link #skipped}. */
    public enum SkipReason {
        INACTIVE("inactive (Active User Policy)"),
        NOT_IN_DIRECTORY("not found in any directory"),
        NOT_A_HOST_USER("directory entry without a matching user"),
        TAKEN_BY_EARLIER_DIRECTORY("already taken from an earlier directory"),
        NOT_IN_USERS_DIRECTORY("not in the directory the user belongs to");

        private final String message;

        SkipReason(String message) {
            this.message = message;
        }

        /** The reason in words, as reports print it. */
        public String message() {
            return message;
        }

        /**
         * The reason a stored report names: by its constant, or by its words, as reports kept in history before the
         * reasons were an enum do. Empty for a reason this version does not know.
         */
        public static java.util.Optional<SkipReason> fromStored(String key) {
            for (SkipReason reason : values()) {
                if (reason.name().equals(key) || reason.message.equals(key)) {
                    return java.util.Optional.of(reason);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
