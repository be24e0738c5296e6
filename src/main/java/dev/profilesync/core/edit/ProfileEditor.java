package dev.profilesync.core.edit;

import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.FieldValues;
import dev.profilesync.core.Picture;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.DirectoryWriters;
import dev.profilesync.core.port.WriteBackAudit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final PictureSaves pictures;

    public ProfileEditor(SyncEngine engine, SyncPorts ports, DirectoryWriters writers, WriteBackAudit audit,
                         Clock clock) {
        this.engine = engine;
        this.ports = ports;
        this.writers = writers;
        this.writeBack = new WriteBack(audit, clock);
        this.pictures = new PictureSaves(ports.pictures(), audit, clock);
    }

    /** The largest picture a person may upload, in bytes: the sync's own cap. */
    public long maxPictureBytes() {
        return ports.pictures().maxSourceBytes();
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
        Map<String, String> stored = StoredProfiles.values(ports, person);
        List<FormField> form = new ArrayList<>(fields.size());
        Map<String, Picture> shown = new HashMap<>();
        for (FieldDefinition field : fields) {
            if (field.type() == FieldType.PICTURE) {
                ports.profiles().picture(person.user().userKey(), field.key()).ifPresent(p -> shown.put(field.key(), p));
            }
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
        return Optional.of(new EditForm(person.user().username(), form, readOnly, note, shown));
    }

    /** Saves what the person submitted, without uploads: {@link #save(String, Map, Map, Map, String)}. */
    public SaveResult save(String username, Map<String, String> openedAsPosted, Map<String, String> submitted,
                           String actor) {
        return save(username, openedAsPosted, submitted, Map.of(), actor);
    }

    /**
     * Saves what the person submitted.
     *
     * @param openedAsPosted the directory values the form was opened with, by field key (from the form; a picture's
     *                       is its digest)
     * @param submitted      the person's values by field key; fields they may not edit are ignored, and so is any
     *                       text posted for a picture field
     * @param uploads        the pictures the person uploaded, by field key (the original bytes, as sent)
     * @param actor          who saves, for the audit
     */
    public SaveResult save(String username, Map<String, String> openedAsPosted, Map<String, String> submitted,
                           Map<String, byte[]> uploads, String actor) {
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
        Map<String, String> stored = StoredProfiles.values(ports, person);
        Changes changes = new Changes();
        for (FieldDefinition field : fields) {
            if (FormModes.of(field, writes) != FormField.Mode.EDITABLE) {
                continue;
            }
            if (field.type() == FieldType.PICTURE) {
                changes.upload(field, uploads.get(field.key()), pictures);
            } else if (submitted.containsKey(field.key())) {
                changes.text(field, normalized(submitted.get(field.key())), opened, stored);
            }
        }
        if (!changes.errors.isEmpty()) {
            return new SaveResult.Invalid(changes.errors);
        }
        if (!changes.toWrite.isEmpty() || !changes.picturesToWrite.isEmpty()) {
            Optional<SaveResult> stop = write(person, opened, changes, actor);
            if (stop.isPresent()) {
                return stop.get();
            }
        }
        StoredProfiles.store(ports, person, changes.toStore, changes.picturesToStore);
        return new SaveResult.Saved(changes.savedKeys());
    }

    /**
     * Writes to the directory; empty when all was written. Picture conflicts are found before anything is written;
     * the text fields go in one modify, then each picture in its own (binary values do not share the text modify).
     * What was written is moved to the changes to store, so a picture refused after the text was written still
     * stores the text.
     */
    private Optional<SaveResult> write(Person person, Map<String, String> opened, Changes changes, String actor) {
        var writer = writers.writer(person.directoryId()).orElseThrow();
        String dn = person.entry().orElseThrow().dn();
        boolean textWritten = false;
        try {
            Optional<SaveResult.Conflicts> pictureConflicts = pictures.conflicts(writer, dn, opened,
                    changes.picturesToWrite, actor);
            if (pictureConflicts.isPresent()) {
                return Optional.of(pictureConflicts.get());
            }
            if (!changes.toWrite.isEmpty()) {
                Optional<SaveResult> stop = writeBack.write(writer, dn, opened, changes.toWrite, actor);
                if (stop.isPresent()) {
                    return stop;
                }
                changes.toStore.putAll(changes.toWrite);
                textWritten = true;
            }
            for (PictureSaves.Upload upload : changes.picturesToWrite) {
                PictureSaves.WriteResult result = pictures.write(writer, dn, opened, upload, actor);
                if (!result.outcome().written()) {
                    // What the directory already took is stored; a refusal before any write stores nothing.
                    boolean wrote = textWritten || !changes.picturesToStore.isEmpty();
                    if (wrote) {
                        StoredProfiles.store(ports, person, changes.toStore, changes.picturesToStore);
                    }
                    if (result.conflict().isPresent()) {
                        return Optional.of(result.conflict().get());
                    }
                    String reason = result.outcome().reason();
                    return Optional.of(wrote ? new SaveResult.NotSaved("Your other changes were saved, but the"
                            + " directory refused the picture: " + reason)
                            : new SaveResult.Refused(reason, result.outcome().resultCode()));
                }
                changes.picturesToStore.add(upload);
            }
            return Optional.empty();
        } catch (DirectoryException e) {
            if (textWritten || !changes.picturesToStore.isEmpty()) {
                StoredProfiles.store(ports, person, changes.toStore, changes.picturesToStore);
            }
            return Optional.of(writeBack.unreadable(writer.id(), dn, opened, changes.toWrite, actor, e));
        }
    }

    private boolean writesBack(Person person) {
        return person.entry().isPresent() && writers.writer(person.directoryId()).isPresent();
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
