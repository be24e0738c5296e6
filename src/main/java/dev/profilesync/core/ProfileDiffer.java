package dev.profilesync.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compares what the directory says with what is stored, for one user, and yields the update that brings the store
 * in line: only values that differ, never a value blanked because it could not be read.
 */
final class ProfileDiffer {
    private final List<FieldDefinition> fields;
    private final DnResolver dns;
    private final ReportBuilder report;
    private final boolean deferClears;
    private final PictureMapper pictures;
    private final Map<String, Long> presentByField = new HashMap<>();

    ProfileDiffer(List<FieldDefinition> fields, DnResolver dns, ReportBuilder report, boolean deferClears,
                  PictureProcessor pictures) {
        this.fields = fields;
        this.dns = dns;
        this.report = report;
        this.deferClears = deferClears;
        this.pictures = new PictureMapper(pictures);
    }

    /** How many users had a value for the field this run. */
    long presentCount(String field) {
        return presentByField.getOrDefault(field, 0L);
    }

    /**
     * The update for this user, or null when nothing is to be written now; clears a full run holds back go to
     * {@code deferred}.
     */
    ProfileUpdate diff(Candidate candidate, StoredProfile stored, Consumer<PendingClear> deferred) {
        HostUser user = candidate.user();
        DirectoryEntry entry = candidate.entry();
        Map<String, String> current = stored == null ? Map.of() : stored.values();
        Map<String, String> set = new HashMap<>();
        Set<String> remove = new HashSet<>();
        List<PendingClear> held = new java.util.ArrayList<>();
        Map<String, Picture> prepared = new HashMap<>();
        Set<String> picturesRemoved = new HashSet<>();
        for (FieldDefinition field : fields) {
            String old = current.get(field.key());
            MappedValue mapped = field.type() == FieldType.PICTURE ? pictures.map(field, entry, old, prepared)
                    : FieldMapper.map(field, entry, dns);
            if (mapped instanceof MappedValue.Present present) {
                presentByField.merge(field.key(), 1L, Long::sum);
                if (!present.value().equals(old)) {
                    set.put(field.key(), present.value());
                    report.change(new ValueChange(user.username(), field.key(), old, present.value()));
                }
            } else if (mapped instanceof MappedValue.Rejected rejected) {
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
            report.updated++;
            report.valuesChanged += set.size() + remove.size();
        } else {
            report.unchanged++;
        }
        boolean identityChanged = stored != null
                && (!stored.username().equals(user.username()) || !stored.entryUuid().equals(entry.uuid()));
        return valuesChange || identityChanged
                ? new ProfileUpdate(user.userKey(), user.username(), entry.uuid(), set, remove,
                        new PictureChanges(prepared, picturesRemoved))
                : null;
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
