package dev.profilesync.core;

import dev.profilesync.core.port.ProfileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Diffs one batch of users against the store and writes what changed in one transaction. Users whose stored
 * {@link SyncDigest} equals the new one are confirmed unchanged without loading their values.
 */
final class BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    private final ProfileStore profiles;
    private final ProfileDiffer differ;
    private final ReportBuilder report;
    private final boolean dryRun;
    private final DigestSnapshot snapshot;
    private final WriteBehind writes;
    private final BesideLookups lookups;

    /**
     * @param snapshot digests read when the run started; users it confirms need no query
     * @param writes   where the batch's write runs; its outcome (clears handed on, or the rollback reported) is
     *                 handled on this thread either way
     * @param lookups  where the batch's references are looked up when its digests can be read at the same time
     */
    BatchWriter(ProfileStore profiles, ProfileDiffer differ, ReportBuilder report, boolean dryRun,
                DigestSnapshot snapshot, WriteBehind writes, BesideLookups lookups) {
        this.profiles = profiles;
        this.differ = differ;
        this.report = report;
        this.dryRun = dryRun;
        this.snapshot = snapshot;
        this.writes = writes;
        this.lookups = lookups;
    }

    void write(List<Candidate> batch, Consumer<PendingClear> deferredClears) {
        // Null when not read early.
        Map<String, String> digestsReadEarly = null;
        if (snapshot == DigestSnapshot.EMPTY && differ.makesDigests() && batch.size() > 1) {
            // No snapshot confirms anyone, so every user's digest is asked for: a read that needs only user keys.
            List<String> userKeys = batch.stream().map(candidate -> candidate.user().userKey()).toList();
            digestsReadEarly = lookups.beside(() -> differ.prefetchReferences(batch),
                    () -> profiles.syncDigests(userKeys));
        } else {
            differ.prefetchReferences(batch);
        }
        List<ProfileDiffer.Mapped> mapped = batch.stream().map(differ::map).toList();
        Map<String, String> storedDigests = new HashMap<>();
        List<String> unconfirmed = new ArrayList<>();
        Set<String> takenForNew = new HashSet<>();
        for (ProfileDiffer.Mapped user : mapped) {
            if (snapshot.matches(user.userKey(), user.digest())) {
                storedDigests.put(user.userKey(), user.digest());
            } else if (user.digest().isEmpty()) {
                continue;
            } else if (snapshot.hadNoProfile(user.userKey())) {
                takenForNew.add(user.userKey());
            } else {
                unconfirmed.add(user.userKey());
            }
        }
        if (!unconfirmed.isEmpty()) {
            storedDigests.putAll(digestsOf(unconfirmed, digestsReadEarly));
        }
        Map<String, StoredProfile> stored = profiles.load(mapped.stream().filter(m -> mustLoad(m, storedDigests))
                .map(ProfileDiffer.Mapped::userKey).toList());
        List<ProfileUpdate> updates = new ArrayList<>();
        List<ProfileUpdate> digestOnly = new ArrayList<>();
        // A user's held-back clears belong to their batch: they go on only if the batch is written.
        List<PendingClear> clears = new ArrayList<>();
        for (ProfileDiffer.Mapped user : mapped) {
            try {
                if (matches(user, storedDigests)) {
                    differ.unchanged(user);
                    continue;
                }
                ProfileUpdate update = differ.diff(user, stored.get(user.userKey()),
                        storedDigests.get(user.userKey()), clears::add, digestOnly::add);
                if (update != null) {
                    updates.add(update);
                }
            } catch (RuntimeException e) {
                // One user's failure never fails the run: it is counted and reported.
                report.failed(1);
                report.problem(user.candidate().user().username(), "could not be synced: " + e);
            }
        }
        if (dryRun) {
            clears.forEach(deferredClears);
            return;
        }
        if (updates.isEmpty()) {
            writeDigests(digestOnly, clears, deferredClears);
            return;
        }
        List<ProfileUpdate> all = new ArrayList<>(updates);
        all.addAll(digestOnly);
        writes.write(() -> profiles.write(all, takenForNew), () -> clears.forEach(deferredClears), e -> {
            // The transaction rolled back: these users keep what they had, and count as failed.
            long changedUsers = updates.stream().filter(u -> u.valuesChanged() > 0).count();
            report.batchRolledBack(changedUsers, updates.stream().mapToLong(ProfileUpdate::valuesChanged).sum(),
                    updates.size());
            report.error("Writing a batch of " + updates.size() + " users failed and was rolled back: " + e);
            updates.forEach(u -> report.problem(u.username(), "not written: the batch's transaction failed"));
        });
    }

    /** These users' stored digests: from the early read when there was one (else null), or read now. */
    private Map<String, String> digestsOf(List<String> userKeys, Map<String, String> readEarly) {
        if (readEarly == null) {
            return profiles.syncDigests(userKeys);
        }
        Map<String, String> digests = new HashMap<>();
        userKeys.forEach(userKey -> {
            String digest = readEarly.get(userKey);
            if (digest != null) {
                digests.put(userKey, digest);
            }
        });
        return digests;
    }

    /** Users with a digest and none stored have no profile yet: there is nothing to load. */
    private static boolean mustLoad(ProfileDiffer.Mapped mapped, Map<String, String> storedDigests) {
        return mapped.digest().isEmpty() || (storedDigests.containsKey(mapped.userKey())
                && !mapped.digest().equals(storedDigests.get(mapped.userKey())));
    }

    private static boolean matches(ProfileDiffer.Mapped mapped, Map<String, String> storedDigests) {
        return !mapped.digest().isEmpty() && mapped.digest().equals(storedDigests.get(mapped.userKey()));
    }

    /** Digests of unchanged users only save the next run work: failing to store them fails nothing. */
    private void writeDigests(List<ProfileUpdate> digestOnly, List<PendingClear> clears,
                              Consumer<PendingClear> deferredClears) {
        if (digestOnly.isEmpty() && clears.isEmpty()) {
            return;
        }
        // Through the writer even with nothing to write, so that clears are handed on in the order of the batches.
        writes.write(() -> {
            if (!digestOnly.isEmpty()) {
                profiles.write(digestOnly);
            }
        }, () -> clears.forEach(deferredClears), e -> {
            LOG.warn("Could not store the sync digests of {} unchanged users; the next sync compares their values "
                    + "again", digestOnly.size(), e);
            clears.forEach(deferredClears);
        });
    }
}
