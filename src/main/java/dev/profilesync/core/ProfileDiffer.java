package dev.profilesync.core;

import dev.profilesync.core.port.PictureProcessor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compares what the directory says with what is stored, for one user, and yields the update that brings the store
 * in line: only values that differ, never a value blanked because it could not be read. Mapping comes first
 * ({@link #map}), so that a user whose {@link SyncDigest} matches the stored one is confirmed unchanged without
 * loading their values ({@link #unchanged}). Confined to one run's thread.
 */
final class ProfileDiffer {
    private final List<FieldDefinition> fields;
    private final DnResolver dns;
    private final ReportBuilder report;
    private final boolean deferClears;
    private final PictureMapper pictures;
    private final SyncDigest digests;
    /** Users with a value, by field position: counted for every user of a run, so an array, not a map. */
    private final long[] presentByField;

    /**
     * @param keepDigests whether the store keeps sync digests; pictures are mapped against their stored digest, so
     *                    with a PICTURE field synced no digest is made and every user is compared
     */
    ProfileDiffer(List<FieldDefinition> fields, DnResolver dns, ReportBuilder report, boolean deferClears,
                  PictureProcessor pictures, boolean keepDigests) {
        this.fields = fields;
        this.dns = dns;
        this.report = report;
        this.deferClears = deferClears;
        this.pictures = new PictureMapper(pictures);
        boolean anyPicture = fields.stream().anyMatch(field -> field.type() == FieldType.PICTURE);
        this.digests = keepDigests && !anyPicture ? new SyncDigest(fields) : null;
        this.presentByField = new long[fields.size()];
    }

    /** One candidate's fields mapped (PICTURE fields left null), its digest, or the failure that stopped mapping. */
    record Mapped(Candidate candidate, List<MappedValue> outcomes, String digest, RuntimeException failure) {
        String userKey() {
            return candidate.user().userKey();
        }
    }

    /** Whether users get a digest: the store keeps them and no PICTURE field is synced. */
    boolean makesDigests() {
        return digests != null;
    }

    /** How many users had a value for the field this run. */
    long presentCount(String field) {
        long present = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(field)) {
                present += presentByField[i];
            }
        }
        return present;
    }

    /** Lets the resolver look up the DNs the batch's fields reference together, before {@link #map} asks one by one. */
    void prefetchReferences(List<Candidate> batch) {
        Set<String> dns = new LinkedHashSet<>();
        for (FieldDefinition field : fields) {
            if (field.dnToUsername()) {
                batch.forEach(candidate -> dns.addAll(FieldMapper.references(field, candidate.entry())));
            }
        }
        // Even with none: a resolver drops the answers it kept for the batch before.
        this.dns.prefetch(dns);
    }

    /** Maps every non-picture field; a failure is kept, to be reported in the batch's order. */
    Mapped map(Candidate candidate) {
        try {
            List<MappedValue> outcomes = new ArrayList<>(fields.size());
            for (FieldDefinition field : fields) {
                outcomes.add(field.type() == FieldType.PICTURE ? null
                        : FieldMapper.map(field, candidate.entry(), dns));
            }
            String digest = digests == null ? ""
                    : digests.of(candidate.user().userKey(), candidate.user().username(), candidate.entry().uuid(),
                    outcomes);
            return new Mapped(candidate, outcomes, digest, null);
        } catch (RuntimeException e) {
            return new Mapped(candidate, List.of(), "", e);
        }
    }

    /**
     * Reports a user whose stored digest equals {@code mapped.digest()} as {@link #diff} would: no value differs, no
     * clear is due (a digest is never stored beside a held-back clear), the same problems.
     */
    void unchanged(Mapped mapped) {
        for (int i = 0; i < fields.size(); i++) {
            MappedValue outcome = mapped.outcomes().get(i);
            if (outcome instanceof MappedValue.Present) {
                presentByField[i]++;
            } else if (outcome instanceof MappedValue.Rejected rejected) {
                report.problem(mapped.candidate().user().username(), rejected.reason());
            }
        }
        report.unchanged();
    }

    /**
     * The update for this user, or null when nothing is to be written now; clears a full run holds back go to
     * {@code deferred}. A user with nothing to write whose stored digest is not the new one goes to
     * {@code digestOnly} as an update of identity and digest alone, so the next run can skip them.
     */
    ProfileUpdate diff(Mapped mapped, StoredProfile stored, String storedDigest, Consumer<PendingClear> deferred,
                       Consumer<ProfileUpdate> digestOnly) {
        if (mapped.failure() != null) {
            throw mapped.failure();
        }
        HostUser user = mapped.candidate().user();
        DirectoryEntry entry = mapped.candidate().entry();
        Map<String, String> current = stored == null ? Map.of() : stored.values();
        Map<String, String> set = new HashMap<>();
        Set<String> remove = new HashSet<>();
        List<PendingClear> held = new ArrayList<>();
        Map<String, Picture> prepared = new HashMap<>();
        Set<String> picturesRemoved = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            String old = current.get(field.key());
            MappedValue outcome = field.type() == FieldType.PICTURE ? pictures.map(field, entry, old, prepared)
                    : mapped.outcomes().get(i);
            if (outcome instanceof MappedValue.Present present) {
                presentByField[i]++;
                if (!present.value().equals(old)) {
                    set.put(field.key(), present.value());
                    report.change(new ValueChange(user.username(), field.key(), old, present.value()));
                }
            } else if (outcome instanceof MappedValue.Rejected rejected) {
                report.problem(user.username(), rejected.reason());
            } else if (old != null && field.whenMissing() == WhenMissing.CLEAR) {
                if (deferClears) {
                    held.add(new PendingClear(user.userKey(), user.username(), entry.uuid(), field.key(), old, false));
                } else {
                    remove.add(field.key());
                    if (field.type() == FieldType.PICTURE) {
                        picturesRemoved.add(field.key());
                    }
                    report.change(new ValueChange(user.username(), field.key(), old, null));
                }
            }
        }
        boolean valuesChange = !set.isEmpty() || !remove.isEmpty();
        held.forEach(clear -> deferred.accept(valuesChange ? clear : new PendingClear(clear.userKey(),
                clear.username(), clear.entryUuid(), clear.field(), clear.oldValue(), true)));
        warnOnIdentityChange(user, entry, stored);
        if (valuesChange) {
            report.updated(set.size() + remove.size());
        } else {
            report.unchanged();
        }
        // With a clear held back the stored values are not yet what the digest describes.
        String digest = held.isEmpty() ? mapped.digest() : "";
        boolean identityChanged = stored != null
                && (!stored.username().equals(user.username()) || !stored.entryUuid().equals(entry.uuid()));
        if (valuesChange || identityChanged) {
            return new ProfileUpdate(user.userKey(), user.username(), entry.uuid(), set, remove,
                    new PictureChanges(prepared, picturesRemoved), digest);
        }
        if (stored != null && !digest.isEmpty() && !digest.equals(storedDigest)) {
            digestOnly.accept(new ProfileUpdate(user.userKey(), user.username(), entry.uuid(), Map.of(), Set.of(),
                    PictureChanges.NONE, digest));
        }
        return null;
    }

    private void warnOnIdentityChange(HostUser user, DirectoryEntry entry, StoredProfile stored) {
        if (stored != null && !stored.entryUuid().isEmpty() && !entry.uuid().isEmpty()
                && !stored.entryUuid().equals(entry.uuid())) {
            report.problem(user.username(), "the directory entry for this username changed (entry id "
                    + stored.entryUuid() + " is now " + entry.uuid() + "): the username may have been reused; "
                    + "the profile now follows the new entry");
        }
    }
}
