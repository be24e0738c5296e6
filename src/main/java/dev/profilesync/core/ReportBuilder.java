package dev.profilesync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the counts of one run; confined to the run's thread. */
final class ReportBuilder {
    private final String id = java.util.UUID.randomUUID().toString();
    private SyncRequest request;
    private final Instant start;
    private SyncMode mode;
    private SyncOutcome forcedOutcome;
    private long scanned;
    private long updated;
    private long unchanged;
    private long failed;
    private long valuesChanged;
    private final Map<SyncReport.SkipReason, Long> skipped = new EnumMap<>(SyncReport.SkipReason.class);
    private final Map<String, DirectoryTally> directories = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<SyncReport.UserProblem> problems = new ArrayList<>();
    private final List<ValueChange> changes = new ArrayList<>();
    private boolean changesTruncated;

    ReportBuilder(SyncRequest request, Instant start) {
        this.request = request;
        this.start = start;
        this.mode = request.mode();
    }

    Instant start() {
        return start;
    }

    /** The request once the engine chose its mode ({@link SyncRequest#resolvedWith}). */
    void resolved(SyncRequest resolved) {
        this.request = resolved;
        this.mode = resolved.mode();
    }

    void mode(SyncMode effective) {
        this.mode = effective;
    }

    /** How many users the run looked at: a full run counts the host's active users, then adds those it meets. */
    void scanned(long count) {
        scanned = count;
    }

    void scannedOneMore() {
        scanned++;
    }

    /** A user whose values changed, and how many values. */
    void updated(long values) {
        updated++;
        valuesChanged += values;
    }

    void unchanged() {
        unchanged++;
    }

    void failed(long users) {
        failed += users;
    }

    /** A user first counted unchanged whose held-back clears were written after all. */
    void unchangedUserCleared(long values) {
        unchanged--;
        updated++;
        valuesChanged += values;
    }

    /** Values of an updated user cleared in a later write (held-back clears of a user already counted updated). */
    void valuesCleared(long values) {
        valuesChanged += values;
    }

    /** A batch whose transaction rolled back: its users count as failed, not updated. */
    void batchRolledBack(long changedUsers, long values, long users) {
        updated -= changedUsers;
        valuesChanged -= values;
        failed += users;
    }

    void skip(SyncReport.SkipReason reason) {
        skip(reason, 1);
    }

    void skip(SyncReport.SkipReason reason, long count) {
        if (count > 0) {
            skipped.merge(reason, count, Long::sum);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    void error(String error) {
        errors.add(error);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void problem(String username, String message) {
        if (problems.size() < SyncReport.MAX_PROBLEMS) {
            problems.add(new SyncReport.UserProblem(username, message));
        }
    }

    /** Lists a change; only dry runs list them, since a real run's changes are in the store. */
    void change(ValueChange change) {
        if (!request.dryRun()) {
            return;
        }
        if (changes.size() < SyncReport.MAX_CHANGES) {
            changes.add(change);
        } else {
            changesTruncated = true;
        }
    }

    DirectoryTally directory(String name) {
        return directories.computeIfAbsent(name, n -> new DirectoryTally());
    }

    void outcome(SyncOutcome outcome) {
        this.forcedOutcome = outcome;
    }

    SyncReport build(Clock clock) {
        return build(clock, outcome());
    }

    /** The run as it stands, marked RUNNING: kept in history at the start so that a dead process leaves a trace. */
    SyncReport running(Clock clock) {
        return build(clock, SyncOutcome.RUNNING);
    }

    private SyncReport build(Clock clock, SyncOutcome outcome) {
        Map<String, SyncReport.DirectoryCounts> counts = new LinkedHashMap<>();
        directories.forEach((name, tally) -> counts.put(name, tally.toCounts()));
        return new SyncReport(id, request.mode(), mode, request.trigger(), request.dryRun(), start,
                Duration.between(start, clock.instant()), outcome, scanned, updated, unchanged, failed, valuesChanged,
                skipped, counts, notes, errors, problems, changes, changesTruncated);
    }

    private SyncOutcome outcome() {
        if (forcedOutcome != null) {
            return forcedOutcome;
        }
        boolean nothingWorked = !directories.isEmpty()
                && directories.values().stream().allMatch(tally -> tally.error != null);
        if (nothingWorked) {
            return SyncOutcome.FAILED;
        }
        return errors.isEmpty() && failed == 0 ? SyncOutcome.SUCCESS : SyncOutcome.PARTIAL;
    }

    /** Mutable counts of one directory. */
    static final class DirectoryTally {
        long entriesRead;
        long usersSynced;
        long takenByEarlier;
        long unreadable;
        String error;

        SyncReport.DirectoryCounts toCounts() {
            return new SyncReport.DirectoryCounts(entriesRead, usersSynced, takenByEarlier, unreadable, error);
        }
    }
}
