package dev.profilesync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Diffs one batch of users against the store and writes what changed in one transaction. */
final class BatchWriter {
    private final ProfileStore profiles;
    private final ProfileDiffer differ;
    private final ReportBuilder report;
    private final boolean dryRun;

    BatchWriter(ProfileStore profiles, ProfileDiffer differ, ReportBuilder report, boolean dryRun) {
        this.profiles = profiles;
        this.differ = differ;
        this.report = report;
        this.dryRun = dryRun;
    }

    void write(List<Candidate> batch, Consumer<PendingClear> deferredClears) {
        Map<String, StoredProfile> stored = profiles.load(batch.stream().map(c -> c.user().userKey()).toList());
        List<ProfileUpdate> updates = new ArrayList<>();
        // A user's held-back clears belong to their batch: they go on only if the batch is written.
        List<PendingClear> clears = new ArrayList<>();
        for (Candidate candidate : batch) {
            try {
                ProfileUpdate update = differ.diff(candidate, stored.get(candidate.user().userKey()), clears::add);
                if (update != null) {
                    updates.add(update);
                }
            } catch (RuntimeException e) {
                // One user's failure never fails the run: it is counted and reported.
                report.failed++;
                report.problem(candidate.user().username(), "could not be synced: " + e);
            }
        }
        if (dryRun || updates.isEmpty()) {
            clears.forEach(deferredClears);
            return;
        }
        try {
            profiles.write(updates);
            clears.forEach(deferredClears);
        } catch (RuntimeException e) {
            // The transaction rolled back: these users keep what they had, and count as failed.
            long changedUsers = updates.stream().filter(u -> u.valuesChanged() > 0).count();
            report.updated -= changedUsers;
            report.valuesChanged -= updates.stream().mapToLong(ProfileUpdate::valuesChanged).sum();
            report.failed += updates.size();
            report.error("Writing a batch of " + updates.size() + " users failed and was rolled back: " + e);
            updates.forEach(u -> report.problem(u.username(), "not written: the batch's transaction failed"));
        }
    }
}
