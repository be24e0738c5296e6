package dev.profilesync.store;

import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import net.java.ao.Query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one batch of profile updates in one transaction, with a fixed number of statements per 1,000 users: read
 * which users already have a profile (unique index), delete their identity rows by id and the value rows being
 * replaced or removed (one statement per field), then insert identities and values with one batch each. Value rows
 * exist only for users with an identity row, as both are written together, so a new user needs no delete at all:
 * a first sync costs three statements per batch.
 */
final class ProfileWriter {
    private final AoAccess ao;
    private final Clock clock;

    private final PictureWriter pictures;
    /** Identity and value rows inserted since {@link #takeInserted}, committed or not (a guess is enough). */
    private final AtomicLong inserted = new AtomicLong();

    ProfileWriter(AoAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
        this.pictures = new PictureWriter(ao);
    }

    void write(Collection<ProfileUpdate> updates) {
        Map<String, ProfileUpdate> byUser = new LinkedHashMap<>();
        updates.forEach(update -> byUser.merge(update.userKey(), update, ProfileWriter::later));
        if (byUser.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            Map<String, Integer> existing = identityIds(List.copyOf(byUser.keySet()));
            deleteIn(ProfileEntity.class, "ID", List.copyOf(existing.values()));
            List<Map<String, Object>> identities = identityRows(byUser.values());
            ao.create(ProfileEntity.class, identities);
            deleteReplacedValues(byUser.values(), existing.keySet());
            List<Map<String, Object>> values = valueRows(byUser.values());
            ao.create(ProfileValueEntity.class, values);
            inserted.addAndGet(identities.size() + values.size());
            pictures.write(byUser.values());
            return null;
        });
    }

    /** The rows inserted since the last call. */
    long takeInserted() {
        return inserted.getAndSet(0);
    }

    private Map<String, Integer> identityIds(List<String> userKeys) {
        Map<String, Integer> ids = new HashMap<>();
        for (List<String> chunk : InClause.chunks(userKeys)) {
            Query query = Query.select("ID, USER_KEY").where(InClause.of("USER_KEY", chunk.size()), chunk.toArray());
            ao.stream(ProfileEntity.class, query, (ProfileEntity row) -> ids.put(row.getUserKey(), row.getID()));
        }
        return ids;
    }

    private List<Map<String, Object>> identityRows(Collection<ProfileUpdate> updates) {
        long now = clock.millis();
        List<Map<String, Object>> rows = new ArrayList<>(updates.size());
        for (ProfileUpdate update : updates) {
            rows.add(Map.of("USER_KEY", update.userKey(), "USERNAME", update.username(), "ENTRY_UUID",
                    update.entryUuid(), "UPDATED_MILLIS", now, "SYNC_DIGEST", update.syncDigest()));
        }
        return rows;
    }

    /** Deletes the rows of the fields each existing user sets or removes, one statement per field and 1,000 users. */
    private void deleteReplacedValues(Collection<ProfileUpdate> updates, Set<String> existingUsers) {
        Map<String, List<String>> usersByField = new HashMap<>();
        for (ProfileUpdate update : updates) {
            if (existingUsers.contains(update.userKey())) {
                Set<String> fields = new HashSet<>(update.set().keySet());
                fields.addAll(update.remove());
                fields.forEach(field -> usersByField.computeIfAbsent(field, f -> new ArrayList<>()).add(update.userKey()));
            }
        }
        usersByField.forEach((field, users) -> {
            for (List<String> chunk : InClause.chunks(users)) {
                Object[] parameters = new Object[chunk.size() + 1];
                parameters[0] = field;
                System.arraycopy(chunk.toArray(), 0, parameters, 1, chunk.size());
                ao.deleteWithSQL(ProfileValueEntity.class, "FIELD_KEY = ? AND " + InClause.of("USER_KEY", chunk.size()),
                        parameters);
            }
        });
    }

    private static List<Map<String, Object>> valueRows(Collection<ProfileUpdate> updates) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProfileUpdate update : updates) {
            update.set().forEach((field, value) ->
                    rows.add(Map.of("USER_KEY", update.userKey(), "FIELD_KEY", field, "FIELD_VALUE", value)));
        }
        return rows;
    }

    private void deleteIn(Class<? extends net.java.ao.RawEntity<Integer>> type, String column, List<Integer> ids) {
        for (List<Integer> chunk : InClause.chunks(ids)) {
            ao.deleteWithSQL(type, InClause.of(column, chunk.size()), chunk.toArray());
        }
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
