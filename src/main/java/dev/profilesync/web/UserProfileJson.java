package dev.profilesync.web;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.Picture;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.port.ProfileStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One user's stored profile as the Users panel shows it: who they are to the host, every mapped field in the
 * mappings' order (hidden ones marked, pictures as a link to the picture route), and values still stored for fields
 * no longer mapped.
 */
final class UserProfileJson {
    private final List<FieldDefinition> fields;
    private final ProfileStore profiles;

    UserProfileJson(List<FieldDefinition> fields, ProfileStore profiles) {
        this.fields = fields;
        this.profiles = profiles;
    }

    static List<String> pictureFields(List<FieldDefinition> fields) {
        return fields.stream().filter(field -> field.type() == FieldType.PICTURE).map(FieldDefinition::key).toList();
    }

    Map<String, Object> toJson(HostUser user, StoredProfile profile, Optional<Instant> lastWritten) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", user.username());
        json.put("storedUsername", profile.username());
        json.put("fullName", user.fullName());
        json.put("userKey", user.userKey());
        json.put("hostDirectoryId", user.directoryId().orElse(null));
        json.put("deactivated", user.deactivated());
        json.put("entryUuid", profile.entryUuid());
        json.put("lastWritten", lastWritten.map(Instant::toString).orElse(null));
        json.put("fields", mapped(user, profile));
        json.put("unmapped", unmapped(profile));
        return json;
    }

    private List<Map<String, Object>> mapped(HostUser user, StoredProfile profile) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FieldDefinition field : fields) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", field.key());
            json.put("label", field.label());
            json.put("type", field.type().name());
            json.put("value", profile.values().get(field.key()));
            // "Hidden" as the people pages mean it: kept in the profile, but not printed on cards. A picture is never
            // printed as text, yet it is shown, as the avatar.
            json.put("hidden", field.type() != FieldType.PICTURE && !field.display().shownOnCards());
            json.put("syncEnabled", field.syncEnabled());
            json.put("picture", field.type() == FieldType.PICTURE && profile.values().containsKey(field.key())
                    ? picture(user, field.key()).orElse(null) : null);
            list.add(json);
        }
        return list;
    }

    private Optional<Map<String, Object>> picture(HostUser user, String fieldKey) {
        return profiles.picture(user.userKey(), fieldKey)
                .filter(picture -> UsersController.IMAGE_TYPES.contains(picture.mediaType()))
                .map(picture -> Map.of("url", url(user.username(), fieldKey, picture), "mediaType",
                        picture.mediaType(), "bytes", picture.size()));
    }

    /** Below the API root; the digest in the URL gives a changed picture a new address. */
    private static String url(String username, String fieldKey, Picture picture) {
        String digest = picture.digest().replaceFirst("^sha256:", "");
        return "users/picture?username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&field="
                + URLEncoder.encode(fieldKey, StandardCharsets.UTF_8) + "&v="
                + URLEncoder.encode(digest.substring(0, Math.min(16, digest.length())), StandardCharsets.UTF_8);
    }

    private List<Map<String, Object>> unmapped(StoredProfile profile) {
        Map<String, String> left = new TreeMap<>(profile.values());
        fields.forEach(field -> left.remove(field.key()));
        List<Map<String, Object>> list = new ArrayList<>();
        left.forEach((key, value) -> list.add(Map.of("key", key, "value", value)));
        return list;
    }
}
