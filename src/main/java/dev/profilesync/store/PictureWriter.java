package dev.profilesync.store;

import dev.profilesync.core.Picture;
import dev.profilesync.core.ProfileUpdate;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the pictures of a batch inside the batch's transaction (the caller's): the rows of every picture replaced or
 * removed are deleted, one statement per field and 1,000 users, then the new ones inserted in one batch. A batch
 * without pictures costs nothing.
 */
final class PictureWriter {
    private final AoAccess ao;

    PictureWriter(AoAccess ao) {
        this.ao = ao;
    }

    void write(Collection<ProfileUpdate> updates) {
        Map<String, List<String>> usersByField = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProfileUpdate update : updates) {
            update.pictures().remove().forEach(field ->
                    usersByField.computeIfAbsent(field, f -> new ArrayList<>()).add(update.userKey()));
            update.pictures().store().forEach((field, picture) -> {
                usersByField.computeIfAbsent(field, f -> new ArrayList<>()).add(update.userKey());
                rows.add(row(update.userKey(), field, picture));
            });
        }
        usersByField.forEach((field, users) -> {
            for (List<String> chunk : InClause.chunks(users)) {
                Object[] parameters = new Object[chunk.size() + 1];
                parameters[0] = field;
                System.arraycopy(chunk.toArray(), 0, parameters, 1, chunk.size());
                ao.deleteWithSQL(ProfilePictureEntity.class,
                        "FIELD_KEY = ? AND " + InClause.of("USER_KEY", chunk.size()), parameters);
            }
        });
        if (!rows.isEmpty()) {
            ao.create(ProfilePictureEntity.class, rows);
        }
    }

    private static Map<String, Object> row(String userKey, String field, Picture picture) {
        return Map.of("USER_KEY", userKey, "FIELD_KEY", field, "DIGEST", picture.digest(),
                "MEDIA_TYPE", picture.mediaType(), "IMAGE_DATA", Base64.getEncoder().encodeToString(picture.bytes()));
    }
}
