package dev.profilesync.core.edit;

import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldValues;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Self-service editing of one's own profile, for any host: opens the form after a single-user sync, and saves a
 * person's changes: checked as synced values are, written back to the directory where the field says so (see
 * {@link WriteBack}), then stored. Nothing is stored when the directory refuses or a value changed meanwhile.
 * Thread-safe; each call works on its own data.
 */
public final class ProfileEditor {
    private final SyncEngine engine;
    private final SyncPorts ports;
    private final DirectoryWriters writers;
    private final WriteBack writeBack;

    public ProfileEditor(SyncEngine engine, SyncPorts ports, DirectoryWriters writers, WriteBackAudit audit,
                         Clock clock) {
        this.engine = engine;
        this.ports = ports;
        this.writers = writers;
        this.writeBack = new WriteBack(audit, clock);
    }

    /** The person's form, after syncing them so it shows the directory's values; empty for an unknown user. */
    public Optional<EditForm> open(String username) {
        boolean readOnly = ports.accessMode().isReadOnly();
        String note = readOnly ? "" : syncNote(engine.run(SyncRequest.user(username, SyncTrigger.SELF_SERVICE)));
        List<FieldDefinition> fields = ports.settings().fields();
        Optional<Person> found = Person.find(ports, username, fields);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Person person = found.get();
        boolean writes = writesBack(person);
        Map<String, String> stored = stored(person);
        List<FormField> form = new ArrayList<>(fields.size());
        for (FieldDefinition field : fields) {
            FormField.Mode mode = FormModes.of(field, writes);
            String opened = FormModes.writesBack(field, writes)
                    ? FieldValues.directoryValue(field, person.entry().orElseThrow().attributes()) : "";
            String value = FormModes.writesBack(field, writes) ? opened : stored.getOrDefault(field.key(), "");
            form.add(new FormField(field, value, opened, mode));
        }
        if (!person.problem().isEmpty()) {
            note = "The directory cannot be read right now (" + person.problem() + "); the values shown are the"
                    + " stored ones and nothing can be written back until it answers again.";
        }
        return Optional.of(new EditForm(person.user().username(), form, readOnly, note));
    }

    /**
     * Saves what the person submitted.
     *
     * @param openedAsPosted the directory values the form was opened with, by field key (from the form)
     * @param submitted      the person's values by field key; fields they may not edit are ignored
     * @param actor          who saves, for the audit
     */
    public SaveResult save(String username, Map<String, String> openedAsPosted, Map<String, String> submitted,
                           String actor) {
        // Browsers post the form's hidden values with CRLF line breaks too: compare them as the directory's.
        Map<String, String> opened = new HashMap<>();
        openedAsPosted.forEach((key, value) -> opened.put(key, normalized(value)));
        if (ports.accessMode().isReadOnly()) {
            return new SaveResult.NotSaved("The site is in read-only mode: nothing can be saved until it is turned off.");
        }
        List<FieldDefinition> fields = ports.settings().fields();
        Optional<Person> found = Person.find(ports, username, fields);
        if (found.isEmpty()) {
            return new SaveResult.NotSaved("There is no user " + username + ".");
        }
        Person person = found.get();
        if (!person.problem().isEmpty()) {
            return new SaveResult.NotSaved("The directory cannot be reached right now, so nothing was saved: "
                    + person.problem());
        }
        boolean writes = writesBack(person);
        Map<String, String> stored = stored(person);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<FieldDefinition, String> toWrite = new LinkedHashMap<>();
        Map<FieldDefinition, String> toStore = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            if (FormModes.of(field, writes) != FormField.Mode.EDITABLE || !submitted.containsKey(field.key())) {
                continue;
            }
            String value = normalized(submitted.get(field.key()));
            FieldValues.inputProblem(field, value).ifPresent(problem -> errors.put(field.key(), problem));
            boolean back = field.editing().writeBack();
            String before = back ? opened.getOrDefault(field.key(), "") : stored.getOrDefault(field.key(), "");
            if (!value.equals(before)) {
                (back ? toWrite : toStore).put(field, value);
            } else if (back && !value.equals(stored.getOrDefault(field.key(), ""))) {
                // The directory's value, chosen in a conflict: nothing to write, but the profile follows it now.
                toStore.put(field, value);
            }
        }
        if (!errors.isEmpty()) {
            return new SaveResult.Invalid(errors);
        }
        if (!toWrite.isEmpty()) {
            Optional<SaveResult> stop = write(person, opened, toWrite, actor);
            if (stop.isPresent()) {
                return stop.get();
            }
            toStore.putAll(toWrite);
        }
        store(person, toStore);
        return new SaveResult.Saved(toStore.keySet().stream().map(FieldDefinition::key).toList());
    }

    private Optional<SaveResult> write(Person person, Map<String, String> opened, Map<FieldDefinition, String> values,
                                       String actor) {
        var writer = writers.writer(person.directoryId()).orElseThrow();
        try {
            return writeBack.write(writer, person.entry().orElseThrow().dn(), opened, values, actor);
        } catch (DirectoryException e) {
            return Optional.of(writeBack.unreadable(writer.id(), person.entry().orElseThrow().dn(), opened, values,
                    actor, e));
        }
    }

    private boolean writesBack(Person person) {
        return person.entry().isPresent() && writers.writer(person.directoryId()).isPresent();
    }

    private Map<String, String> stored(Person person) {
        StoredProfile profile = ports.profiles().load(List.of(person.user().userKey())).get(person.user().userKey());
        return profile == null ? Map.of() : profile.values();
    }

    private void store(Person person, Map<FieldDefinition, String> values) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, String> set = new HashMap<>();
        Set<String> remove = new HashSet<>();
        values.forEach((field, value) -> {
            if (value.isEmpty()) {
                remove.add(field.key());
            } else {
                set.put(field.key(), value);
            }
        });
        String uuid = person.entry().map(e -> e.uuid()).orElse("");
        ports.profiles().write(List.of(new ProfileUpdate(person.user().userKey(), person.user().username(), uuid, set,
                remove)));
    }

    /** Browsers send CRLF in text areas and may pad values; profiles hold LF and no outer blanks. */
    private static String normalized(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    private static String syncNote(SyncReport report) {
        if (report.outcome() == SyncOutcome.SUCCESS) {
            return "";
        }
        List<String> why = new ArrayList<>(report.errors());
        report.problems().forEach(p -> why.add(p.message()));
        return "The profile could not be refreshed from the directory first (" + String.join("; ", why)
                + "); the values shown are the stored ones.";
    }
}
