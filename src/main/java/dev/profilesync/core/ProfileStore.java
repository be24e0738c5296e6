package dev.profilesync.core;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: where profile values are kept (Active Objects tables). */
public interface ProfileStore {

    /** The stored profiles of these users, by user key; users with nothing stored are absent. */
    Map<String, StoredProfile> load(Collection<String> userKeys);

    /** Writes all updates in one transaction: all of them land, or none. */
    void write(Collection<ProfileUpdate> updates);

    /** Visits every stored profile, in no particular order. */
    void forEach(Consumer<StoredProfile> visitor);

    /**
     * A cheap token that changes whenever a write lands, so readers that keep a copy know when to read again;
     * empty when the store cannot tell (readers then re-read by age alone).
     */
    default Optional<String> changeStamp() {
        return Optional.empty();
    }

    /** The stored picture of a user's PICTURE field; empty when there is none (or the store keeps no pictures). */
    default Optional<Picture> picture(String userKey, String fieldKey) {
        return Optional.empty();
    }
}
