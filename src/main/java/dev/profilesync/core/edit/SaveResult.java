package dev.profilesync.core.edit;

import java.util.List;
import java.util.Map;

/** How a person's save ended. */
public sealed interface SaveResult {

    /** Written to the directory (where written back) and stored in the profile. */
    record Saved(List<String> fieldKeys) implements SaveResult {
        public Saved {
            fieldKeys = List.copyOf(fieldKeys);
        }
    }

    /** Some values break the field's rules; nothing written. Errors by field key. */
    record Invalid(Map<String, String> errors) implements SaveResult {
        public Invalid {
            errors = Map.copyOf(errors);
        }
    }

    /** Values changed in the directory since the form opened; nothing written; the person chooses per field. */
    record Conflicts(List<Conflict> conflicts) implements SaveResult {
        public Conflicts {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** The directory refused the write; nothing written or stored. The reason is in words. */
    record Refused(String reason, int resultCode) implements SaveResult {
    }

    /** Nothing can be saved now (read-only mode, the person is not in a directory, nothing changed...). */
    record NotSaved(String reason) implements SaveResult {
    }

    /**
     * One field whose directory value changed while the form was open.
     *
     * @param fieldKey  the field
     * @param mine      what the person entered
     * @param directory what the directory holds now; becomes the form's new opened value
     */
    record Conflict(String fieldKey, String mine, String directory) {
    }
}
