package dev.profilesync.core.edit;

import dev.profilesync.core.Picture;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's own profile as their edit form shows it.
 *
 * @param username   whose profile
 * @param fields     in display order
 * @param readOnly   the site is read-only: the form shows values and saves nothing
 * @param syncNote   why the values may be older than the directory's (the sync before opening did not run), or empty
 * @param pictures   the stored pictures of PICTURE fields, by field key, for the form to show
 */
public record EditForm(String username, List<FormField> fields, boolean readOnly, String syncNote,
                       Map<String, Picture> pictures) {
    public EditForm {
        fields = List.copyOf(fields);
        syncNote = syncNote == null ? "" : syncNote;
        pictures = Map.copyOf(pictures);
    }

    public EditForm(String username, List<FormField> fields, boolean readOnly, String syncNote) {
        this(username, fields, readOnly, syncNote, Map.of());
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.definition().key().equals(key)).findFirst();
    }

    public boolean anyEditable() {
        return fields.stream().anyMatch(FormField::editable);
    }
}
