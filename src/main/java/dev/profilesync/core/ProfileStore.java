package dev.profilesync.core;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/** Port: where profile values are kept (Active Objects tables). */
public interface ProfileStore {

    /** The stored profiles of these users, by user key; users with nothing stored are absent. */
    Map<String, StoredProfile> load(Collection<String> userKeys);

    /** Writes all updates in one transaction: all of them land, or none. */
    void write(Collection<ProfileUpdate> updates);

    /** Visits every stored profile, in no particular order. */
    void forEach(Consumer<StoredProfile> visitor);
}
