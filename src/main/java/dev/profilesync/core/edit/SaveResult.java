package dev.profilesync.core.edit;

import dev.profilesync.core.Picture;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Values changed in the directory since the form opened; nothing written; the person chooses per field. For a
     * picture the conflict's values are digests and {@code pictures} holds, by field key, the two pictures to show.
     */
    record Conflicts(List<Conflict> conflicts, Map<String, PicturePair> pictures) implements SaveResult {
        public Conflicts {
            conflicts = List.copyOf(conflicts);
            pictures = Map.copyOf(pictures);
        }

        public Conflicts(List<Conflict> conflicts) {
            this(conflicts, Map.of());
        }
    }

    /**
     * The two pictures of a picture conflict, scaled as stored: the person's upload and the directory's new one
     * (empty when the directory's was removed or cannot be shown).
     */
    record PicturePair(Optional<Picture> mine, Optional<Picture> directory) {
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
