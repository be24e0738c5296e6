package dev.profilesync.core.port;

import dev.profilesync.core.Picture;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Port: where profile values are kept (Active Objects tables).
 * Threading: thread-safe. One run writes at a time (the {@link RunLock}), while login syncs, self-service saves,
 * the people index and the admin page read and write from their own threads; every method is its own transaction
 * unless its documentation says otherwise, and a reader never sees half of a batch.
 */
public interface ProfileStore {

    /** The stored profiles of these users, by user key; users with nothing stored are absent. */
    Map<String, StoredProfile> load(Collection<String> userKeys);

    /**
     * Writes all updates in one transaction: all of them land, or none. A store that {@link #keepsSyncDigests()}
     * replaces each user's sync digest with the update's (empty included).
     */
    void write(Collection<ProfileUpdate> updates);

    /**
     * As {@link #write(Collection)}, for a sync that took the users in {@code takenForNew} to have no profile (its
     * digest read did not list them) and so made their updates without reading one. Should one of them have a
     * profile by now, created by another writer meanwhile, a store that {@link #keepsSyncDigests()} keeps that
     * profile's other values, as any write does, but not the update's digest: the next sync compares values.
     */
    default void write(Collection<ProfileUpdate> updates, Set<String> takenForNew) {
        write(updates);
    }

    /** Whether {@link #write} keeps {@link ProfileUpdate#syncDigest()} for {@link #syncDigests} to read back. */
    default boolean keepsSyncDigests() {
        return false;
    }

    /**
     * Whether writes may come from a thread other than the one that runs the sync, so that a full run can write a
     * batch while it maps the next. False by default: a host may bind its sessions to the calling thread.
     */
    default boolean writesFromAnyThread() {
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
     * Visits the user key and sync digest of every stored profile (empty for a profile stored without one),
     * streaming: a full run reads them once so that unchanged users need no query, and, when this store
     * {@link #keepsSyncDigests}, knows that a user it did not visit had no profile and needs no query either. A
     * store that keeps digests must therefore visit every profile. Called on the run's thread, outside any write.
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

    /**
     * A full or incremental run has finished writing, whatever its outcome: a store may use the pause for upkeep that
     * follows many writes (the PostgreSQL store refreshes its planner statistics). Never throws for that upkeep.
     */
    default void syncFinished() {
    }

    /** The stored picture of a user's PICTURE field; empty when there is none (or the store keeps no pictures). */
    default Optional<Picture> picture(String userKey, String fieldKey) {
        return Optional.empty();
    }

    /**
     * Up to {@code limit} stored usernames (as written at the last sync) that start with {@code prefix}, sorted
     * without regard to case: suggestions for an admin looking a user up, not a listing, so with more matches than
     * the limit which ones come is the store's choice, and a store may match only common spellings of the prefix
     * (as typed, lower, upper, capitalised). The default visits every profile; a store with a query answers with one.
     */
    default List<String> usernamesStartingWith(String prefix, int limit) {
        String start = prefix.toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        forEach(profile -> {
            if (profile.username().toLowerCase(Locale.ROOT).startsWith(start)) {
                matches.add(profile.username());
            }
        });
        return matches.stream().sorted(String.CASE_INSENSITIVE_ORDER).limit(limit).toList();
    }

    /**
     * When a sync last wrote this user's profile (a run that changed nothing leaves it as it was); empty when nothing
     * is stored for them or the store does not keep the time.
     */
    default Optional<Instant> lastWritten(String userKey) {
        return Optional.empty();
    }
}
