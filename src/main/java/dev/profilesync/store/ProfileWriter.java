package dev.profilesync.store;

import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Writes one batch of profile updates in one transaction, with a fixed number of statements per 1,000 users: read
 * which users already have a profile (unique index) and, for those, their stored values; delete their identity rows
 * by id and their values rows by that id; then insert the identities with one batch, which gives their new ids, and
 * the values, keyed by those ids, with another. An update names only the fields it sets
 * or removes, so an existing user's other values are carried over from the row being replaced. Values rows exist
 * only for users with an identity row, as both are written together, so a new user needs no read and no delete: a
 * first sync costs three statements and two rows per user, whatever the number of fields. Users that a load just
 * read ({@link RecentReads}) need no read either, as long as their identity rows are still there.
 */
final class ProfileWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileWriter.class);
    /** As long as {@link FieldDefinitionEntity}'s key column: a longer key belongs to no field definition. */
    private static final int MAX_FIELD_KEY = 64;
    private final AoAccess ao;
    private final Clock clock;
    private final LegacyValues legacy;

    private final PictureWriter pictures;
    private final RecentReads recentReads;
    /** Identity and values rows inserted since {@link #takeInserted}, committed or not (a guess is enough). */
    private final AtomicLong inserted = new AtomicLong();

    ProfileWriter(AoAccess ao, Clock clock, LegacyValues legacy, RecentReads recentReads) {
        this.ao = ao;
        this.recentReads = recentReads;
        this.clock = clock;
        this.legacy = legacy;
        this.pictures = new PictureWriter(ao);
    }

    /**
     * @param takenForNew users whose updates were made as for a new profile: they are not looked up, as the run's
     *                    digest read found no profile for them. Should one have a profile by now after all (another
     *                    writer created it meanwhile), the insert breaks the unique user key, the transaction rolls
     *                    back, and the batch is written again with every user looked up; that user then keeps no
     *                    digest. A first sync thus costs two inserts per batch. Users a recent load read are
     *                    not looked up either: their identity rows' delete must then remove every row it names,
     *                    or the batch is written again the same way.
     */
    void write(Collection<ProfileUpdate> updates, Set<String> takenForNew) {
        // In user-key order: consecutive inserts then walk neighbouring paths of the user-key indexes (HSQLDB keeps
        // its index nodes in the rows of its disk-backed row cache), and two writers lock rows in the same order.
        Map<String, ProfileUpdate> byUser = new TreeMap<>();
        updates.forEach(update -> byUser.merge(update.userKey(), update, ProfileWriter::later));
        if (byUser.isEmpty()) {
            return;
        }
        Map<String, RecentReads.Read> read = recentReads.take(byUser.keySet());
        if (!takenForNew.isEmpty() || !read.isEmpty()) {
            try {
                ao.executeInTransaction(() -> writeBatch(byUser, takenForNew, read));
                return;
            } catch (RuntimeException e) {
                // A user taken for new who has a profile by now breaks the unique key; a trusted read is outdated.
                // Other failures (a dropped connection) fail the batch as they always did.
                if (takenForNew.isEmpty() && !isOutdatedRead(e)) {
                    throw e;
                }
                LOG.debug("A batch written on what earlier reads found failed ({}); writing it again with every user "
                        + "looked up", e.toString());
            }
        }
        ao.executeInTransaction(() -> writeBatch(byUser, takenForNew, null));
    }

    /**
     * @param read what recent loads read of some of these users, trusted while their identity rows exist; null to
     *             look up every user, those taken for new included
     */
    private Void writeBatch(Map<String, ProfileUpdate> byUser, Set<String> takenForNew,
                            Map<String, RecentReads.Read> read) {
        boolean lookUpEveryone = read == null;
        Map<String, RecentReads.Read> trusted = lookUpEveryone ? Map.of() : read;
        List<String> lookedUp = byUser.keySet().stream().filter(user -> lookUpEveryone
                || (!takenForNew.contains(user) && !trusted.containsKey(user))).toList();
        Map<String, Integer> existing = new HashMap<>(identityIds(lookedUp));
        Map<String, Map<String, String>> stored = storedValues(existing);
        trusted.forEach((user, earlier) -> {
            existing.put(user, earlier.identityId());
            stored.put(user, new HashMap<>(earlier.values()));
        });
        List<String> existingKeys = List.copyOf(existing.keySet());
        List<Integer> existingIds = List.copyOf(existing.values());
        int deleted = deleteIn(ProfileEntity.class, "ID", existingIds);
        if (deleted != existingIds.size() && !trusted.isEmpty()) {
            // Another writer replaced a user since the load: what it read of that user may be gone.
            throw new OutdatedRead(deleted, existingIds.size());
        }
        deleteIn(ProfileFieldsEntity.class, "PROFILE_ID", existingIds);
        legacy.delete(existingKeys);
        List<Map<String, Object>> identities = identityRows(byUser.values(), user ->
                takenForNew.contains(user) && existing.containsKey(user));
        Map<String, Integer> ids = ao.createReturningIds(ProfileEntity.class, identities, "USER_KEY",
                ProfileEntity::getUserKey);
        List<Map<String, Object>> values = valuesRows(byUser.values(), stored, ids);
        ao.create(ProfileFieldsEntity.class, values);
        inserted.addAndGet(identities.size() + values.size());
        pictures.write(byUser.values());
        return null;
    }

    /** Some identity rows a recent load read are gone: another writer replaced those users since. */
    private static final class OutdatedRead extends RuntimeException {
        OutdatedRead(int found, int expected) {
            super("a profile changed since it was read (" + found + " of " + expected
                    + " identity rows still there)");
        }
    }

    /** Whether the failure is an {@link OutdatedRead}, however the host's transaction wrapped it. */
    private static boolean isOutdatedRead(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutdatedRead) {
                return true;
            }
        }
        return false;
    }

    /** The rows inserted since the last call. */
    long takeInserted() {
        return inserted.getAndSet(0);
    }

    private Map<String, Integer> identityIds(List<String> userKeys) {
        return AoAccess.idsByKey(ao, ProfileEntity.class, "USER_KEY", userKeys, ProfileEntity::getUserKey);
    }

    /** The values these users have now, by user key; {@code identityIds} maps each user key to its identity row. */
    private Map<String, Map<String, String>> storedValues(Map<String, Integer> identityIds) {
        Map<String, Map<String, String>> stored = new HashMap<>();
        Map<Integer, String> userKeyOf = new HashMap<>(identityIds.size() * 2);
        identityIds.forEach((userKey, id) -> userKeyOf.put(id, userKey));
        FieldSetRows.read(ao, userKeyOf, stored::put);
        legacy.read(List.copyOf(identityIds.keySet()), stored::putIfAbsent);
        return stored;
    }


    private List<Map<String, Object>> identityRows(Collection<ProfileUpdate> updates, Predicate<String> noDigest) {
        long now = clock.millis();
        List<Map<String, Object>> rows = new ArrayList<>(updates.size());
        for (ProfileUpdate update : updates) {
            String digest = noDigest.test(update.userKey()) ? "" : update.syncDigest();
            rows.add(Map.of("USER_KEY", update.userKey(), "USERNAME", update.username(), "ENTRY_UUID",
                    update.entryUuid(), "UPDATED_MILLIS", now, "SYNC_DIGEST", digest));
        }
        return rows;
    }

    /** Each user's stored values with the update applied: removed fields dropped, set fields replaced or added. */
    private static List<Map<String, Object>> valuesRows(Collection<ProfileUpdate> updates,
                                                        Map<String, Map<String, String>> stored,
                                                        Map<String, Integer> identityIds) {
        List<Map<String, Object>> rows = new ArrayList<>(updates.size());
        for (ProfileUpdate update : updates) {
            Map<String, String> values = stored.getOrDefault(update.userKey(), new HashMap<>());
            values.keySet().removeAll(update.remove());
            values.putAll(update.set());
            for (String field : values.keySet()) {
                if (field.length() > MAX_FIELD_KEY) {
                    throw new StoreException("cannot store the values of user key '" + update.userKey()
                            + "': the field key '" + field.substring(0, 20) + "...' is longer than " + MAX_FIELD_KEY
                            + " characters, the limit of field keys in the field definitions", null);
                }
            }
            rows.add(Map.of("PROFILE_ID", identityIds.get(update.userKey()), "FIELD_VALUES",
                    PackedValues.pack(values)));
        }
        return rows;
    }

    /** Returns the number of rows deleted. */
    private int deleteIn(Class<? extends net.java.ao.RawEntity<Integer>> type, String idColumn, List<Integer> ids) {
        int deleted = 0;
        for (List<Integer> chunk : InClause.chunks(ids)) {
            deleted += ao.deleteWithSQL(type, InClause.of(idColumn, chunk.size()), chunk.toArray());
        }
        return deleted;
    }

    /**
     * Two updates for one user in one call: the later one wins field by field. The merged values are neither
     * update's alone, so no sync digest describes them.
     */
    private static ProfileUpdate later(ProfileUpdate earlier, ProfileUpdate later) {
        Map<String, String> set = new HashMap<>(earlier.set());
        Set<String> remove = new HashSet<>(earlier.remove());
        set.keySet().removeAll(later.remove());
        remove.removeAll(later.set().keySet());
        set.putAll(later.set());
        remove.addAll(later.remove());
        Map<String, Picture> pictures = new HashMap<>(earlier.pictures().store());
        Set<String> picturesRemoved = new HashSet<>(earlier.pictures().remove());
        pictures.keySet().removeAll(later.pictures().remove());
        picturesRemoved.removeAll(later.pictures().store().keySet());
        pictures.putAll(later.pictures().store());
        picturesRemoved.addAll(later.pictures().remove());
        return new ProfileUpdate(later.userKey(), later.username(), later.entryUuid(), set, remove,
                new PictureChanges(pictures, picturesRemoved));
    }
}
