package dev.profilesync.core.edit;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldValues;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.WriteOutcome;
import dev.profilesync.core.port.DirectoryWriter;
import dev.profilesync.core.port.WriteBackAudit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory half of a save: reads the entry again, stops at fields whose value changed since the form opened,
 * writes the rest in one compare-and-swap modify, and keeps an audit record of every attempt. Thread-safe.
 */
final class WriteBack {
    private final WriteBackAudit audit;
    private final Clock clock;

    WriteBack(WriteBackAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty when written; otherwise what the person sees (conflicts, or the refusal in words). */
    Optional<SaveResult> write(DirectoryWriter writer, String dn, Map<String, String> opened,
                               Map<FieldDefinition, String> values, String actor) {
        Set<String> attributes = new LinkedHashSet<>();
        values.keySet().forEach(f -> attributes.add(f.ldapAttribute()));
        Map<String, List<String>> current = writer.currentValues(dn, attributes);
        List<SaveResult.Conflict> conflicts = conflicts(current, opened, values);
        if (!conflicts.isEmpty()) {
            return Optional.of(conflict(writer.id(), dn, opened, values, actor, conflicts));
        }
        List<AttributeChange> changes = new ArrayList<>();
        values.forEach((field, value) -> changes.add(new AttributeChange(field.ldapAttribute(),
                replaced(field, current.getOrDefault(field.ldapAttribute().toLowerCase(Locale.ROOT), List.of())),
                value)));
        WriteOutcome outcome = writer.write(dn, changes);
        if (outcome.changedMeanwhile()) {
            // Changed between our read and our modify: the directory refused, as the delete-value is meant to.
            List<SaveResult.Conflict> late = conflicts(writer.currentValues(dn, attributes), opened, values);
            if (!late.isEmpty()) {
                return Optional.of(conflict(writer.id(), dn, opened, values, actor, late));
            }
        }
        keep(writer.id(), dn, opened, values, actor, outcome.written() ? WriteBackRecord.Result.WRITTEN
                : WriteBackRecord.Result.REFUSED, outcome.resultCode(), outcome.reason());
        return outcome.written() ? Optional.empty()
                : Optional.of(new SaveResult.Refused(outcome.reason(), outcome.resultCode()));
    }

    /**
     * The values the person's value replaces: for a field showing the first value only that one, so the entry's
     * other values are kept; for a joined field all of them, as the person saw and edited them all.
     */
    private static List<String> replaced(FieldDefinition field, List<String> current) {
        return field.multiValue() == MultiValue.FIRST && current.size() > 1 ? List.of(current.get(0)) : current;
    }

    /** The entry could not even be read before writing: nothing written, and said so. */
    SaveResult unreadable(String directoryId, String dn, Map<String, String> opened, Map<FieldDefinition, String> values,
                          String actor, DirectoryException failure) {
        keep(directoryId, dn, opened, values, actor, WriteBackRecord.Result.REFUSED, -1, failure.getMessage());
        return new SaveResult.Refused("Nothing was written: " + failure.getMessage(), -1);
    }

    private static List<SaveResult.Conflict> conflicts(Map<String, List<String>> current, Map<String, String> opened,
                                                       Map<FieldDefinition, String> values) {
        List<SaveResult.Conflict> conflicts = new ArrayList<>();
        values.forEach((field, mine) -> {
            String now = FieldValues.directoryValue(field, current);
            // A directory that already holds the person's value is no conflict: writing it again changes nothing.
            if (!now.equals(opened.getOrDefault(field.key(), "")) && !now.equals(mine)) {
                conflicts.add(new SaveResult.Conflict(field.key(), mine, now));
            }
        });
        return conflicts;
    }

    private SaveResult conflict(String directoryId, String dn, Map<String, String> opened,
                                Map<FieldDefinition, String> values, String actor, List<SaveResult.Conflict> conflicts) {
        keep(directoryId, dn, opened, values, actor, WriteBackRecord.Result.CONFLICT, -1,
                "changed in the directory since the form opened: "
                        + String.join(", ", conflicts.stream().map(SaveResult.Conflict::fieldKey).toList()));
        return new SaveResult.Conflicts(conflicts);
    }

    private void keep(String directoryId, String dn, Map<String, String> opened, Map<FieldDefinition, String> values,
                      String actor, WriteBackRecord.Result result, int code, String message) {
        List<WriteBackRecord.Change> changes = new ArrayList<>();
        values.forEach((field, value) -> changes.add(new WriteBackRecord.Change(field.key(), field.ldapAttribute(),
                opened.getOrDefault(field.key(), ""), value)));
        audit.record(new WriteBackRecord(clock.instant(), actor, directoryId, dn, changes, result, code, message));
    }
}
