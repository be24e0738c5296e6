package dev.profilesync.core.edit;

import dev.profilesync.core.FieldDefinition;

/**
 * One field of a person's edit form.
 *
 * @param definition the field
 * @param value      what the form shows: the stored value, which the sync just refreshed
 * @param opened     the directory's value when the form opened, carried by the form for conflict detection
 *                   (empty for fields not written back)
 * @param mode       whether the person may change it, and if not, why
 */
public record FormField(FieldDefinition definition, String value, String opened, Mode mode) {

    public enum Mode {
        /** An input; saved to the profile, and to the directory when written back. */
        EDITABLE,
        /** Synced from the directory and not written back: the next sync would overwrite a change. */
        FROM_DIRECTORY,
        /** Written back, but this person's directory has no write bind. */
        WRITE_BACK_OFF,
        /** Neither editable nor synced: shown as stored. */
        READ_ONLY
    }

    public FormField {
        value = value == null ? "" : value;
        opened = opened == null ? "" : opened;
    }

    public boolean editable() {
        return mode == Mode.EDITABLE;
    }
}
