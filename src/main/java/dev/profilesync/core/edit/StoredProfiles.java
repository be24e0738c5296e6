package dev.profilesync.core.edit;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncPorts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's stored profile as self-service reads and writes it. Stateless. */
final class StoredProfiles {
    private StoredProfiles() {
    }

    static Map<String, String> values(SyncPorts ports, Person person) {
        StoredProfile profile = ports.profiles().load(List.of(person.user().userKey())).get(person.user().userKey());
        return profile == null ? Map.of() : profile.values();
    }

    /**
     * Stores what a save changed in one update; an empty value removes the field. A picture is stored with the digest
     * of the bytes written, which is what the next sync reads, so it finds the picture unchanged.
     */
    static void store(SyncPorts ports, Person person, Map<FieldDefinition, String> values,
                      List<PictureSaves.Upload> uploads) {
        if (values.isEmpty() && uploads.isEmpty()) {
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
        Map<String, Picture> pictureChanges = new HashMap<>();
        uploads.forEach(upload -> {
            set.put(upload.field().key(), upload.digest());
            pictureChanges.put(upload.field().key(), upload.picture());
        });
        String uuid = person.entry().map(e -> e.uuid()).orElse("");
        ports.profiles().write(List.of(new ProfileUpdate(person.user().userKey(), person.user().username(), uuid, set,
                remove, new PictureChanges(pictureChanges, Set.of()))));
    }
}
