package dev.profilesync.core;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Port: where profile values are kept (Active Objects tables). */
public interface ProfileStore {

    /** The stored profiles of these users, by user key; users with nothing stored are absent. */
    Map<String, StoredProfile> load(Collection<String> userKeys);

    /**
     * Writes all updates in one transaction: all of them land, or none. A store that {@link #keepsSyncDigests()}
     * replaces each user's sync digest with the update's (empty included).
     */
    void write(Collection<ProfileUpdate> updates);

    /** Whether {@link #write} keeps {@link ProfileUpdate#syncDigest()} for {@link #syncDigests} to read back. */
    default boolean keepsSyncDigests() {
        return false;
    }

    /**
     * The sync digests stored with these users' profiles, by user key: empty for a profile stored without one;
     * users with no stored profile are absent (so a caller need not load them).
     */
    default Map<String, String> syncDigests(Collection<String> userKeys) {
        return Map.of();
    }

    /** Visits every stored profile, in no particular order. */
    void forEach(Consumer<StoredProfile> visitor);

    /**
     * Visits the user key and non-empty sync digest of every stored profile, streaming: a full run reads them once
     * so that unchanged users need no query at all.
     */
    default void forEachSyncDigest(BiConsumer<String, String> visitor) {
    }

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
