package dev.profilesync.core;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one sync writes for one user: values to set (insert or replace) and fields to remove, and the pictures that go
 * with PICTURE fields. Identity (username, entry UUID) is always written with it so a rename is followed.
 */
public record ProfileUpdate(String userKey, String username, String entryUuid, Map<String, String> set,
                           Set<String> remove, PictureChanges pictures) {
    public ProfileUpdate {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        entryUuid = entryUuid == null ? "" : entryUuid;
        set = Map.copyOf(set);
        remove = Set.copyOf(remove);
        pictures = pictures == null ? PictureChanges.NONE : pictures;
    }

    /** An update without pictures. */
    public ProfileUpdate(String userKey, String username, String entryUuid, Map<String, String> set,
                         Set<String> remove) {
        this(userKey, username, entryUuid, set, remove, PictureChanges.NONE);
    }

    public int valuesChanged() {
        return set.size() + remove.size();
    }
}
