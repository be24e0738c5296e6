package dev.profilesync.core.edit;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one save asks for, sorted field by field: input errors, values to write back, values to store only, and
 * pictures to write or store. Confined to one save.
 */
final class Changes {
    final Map<String, String> errors = new LinkedHashMap<>();
    final Map<FieldDefinition, String> toWrite = new LinkedHashMap<>();
    final Map<FieldDefinition, String> toStore = new LinkedHashMap<>();
    final List<PictureSaves.Upload> picturesToWrite = new ArrayList<>();
    final List<PictureSaves.Upload> picturesToStore = new ArrayList<>();

    /** A text field's value, checked as synced values are. */
    void text(FieldDefinition field, String value, Map<String, String> opened, Map<String, String> stored) {
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

    /** A picture field's upload; none (or an empty file input) leaves the picture as it is. */
    void upload(FieldDefinition field, byte[] bytes, PictureSaves pictures) {
        if (bytes == null || bytes.length == 0) {
            return;
        }
        PictureSaves.Checked checked = pictures.check(field, bytes);
        if (checked instanceof PictureSaves.Refusal refusal) {
            errors.put(field.key(), refusal.reason());
        } else {
            PictureSaves.Upload upload = (PictureSaves.Upload) checked;
            (field.editing().writeBack() ? picturesToWrite : picturesToStore).add(upload);
        }
    }

    /** The keys of the fields a completed save stored. */
    List<String> savedKeys() {
        List<String> keys = new ArrayList<>();
        toStore.keySet().forEach(f -> keys.add(f.key()));
        picturesToStore.forEach(u -> keys.add(u.field().key()));
        return keys;
    }
}
