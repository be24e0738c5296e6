package dev.profilesync.core;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one sync writes for one user: values to set (insert or replace) and fields to remove, and the pictures that go
 * with PICTURE fields. Identity (username, entry UUID) is always written with it so a rename is followed.
 *
 * @param syncDigest the {@code SyncDigest} of the entry the values came from, or empty: only a sync that leaves the
 *                   stored values exactly as its digest describes sets it; every other writer leaves it empty, which
 *                   makes the next sync compare values again
 */
public record ProfileUpdate(String userKey, String username, String entryUuid, Map<String, String> set,
                           Set<String> remove, PictureChanges pictures, String syncDigest) {
    public ProfileUpdate {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        entryUuid = entryUuid == null ? "" : entryUuid;
        set = Map.copyOf(set);
        remove = Set.copyOf(remove);
        pictures = pictures == null ? PictureChanges.NONE : pictures;
        syncDigest = syncDigest == null ? "" : syncDigest;
    }

    /** An update without a sync digest. */
    public ProfileUpdate(String userKey, String username, String entryUuid, Map<String, String> set,
                         Set<String> remove, PictureChanges pictures) {
        this(userKey, username, entryUuid, set, remove, pictures, "");
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
