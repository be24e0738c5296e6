package dev.profilesync.core.edit;

import dev.profilesync.core.FieldDefinition;

/** Which fields a person may change, given whether their directory writes back. Stateless. */
final class FormModes {
    private FormModes() {
    }

    static FormField.Mode of(FieldDefinition field, boolean directoryWritesBack) {
        if (field.editableByPerson()) {
            return !field.editing().writeBack() || directoryWritesBack ? FormField.Mode.EDITABLE
                    : FormField.Mode.WRITE_BACK_OFF;
        }
        return field.syncEnabled() ? FormField.Mode.FROM_DIRECTORY : FormField.Mode.READ_ONLY;
    }

    static boolean writesBack(FieldDefinition field, boolean directoryWritesBack) {
        return of(field, directoryWritesBack) == FormField.Mode.EDITABLE && field.editing().writeBack();
    }
}
