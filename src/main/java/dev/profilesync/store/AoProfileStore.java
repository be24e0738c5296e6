package dev.profilesync.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.profilesync.core.ProfileStore;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import net.java.ao.Query;

/**
 * Profiles in two tables: one identity row per user ({@link ProfileEntity}) and one row per user and field
 * ({@link ProfileValueEntity}). Every call costs a fixed number of statements per 1,000 users, whatever the number
 * of values: one IN query per table to load, and to write a delete per table and field plus one batched insert per
 * table, all in one transaction. Thread-safe; the engine serialises writes anyway.
 */
final class AoProfileStore implements ProfileStore {
    static final int PAGE_SIZE = InClause.MAX_ITEMS;
    private static final String IDENTITY_COLUMNS = "ID, USER_KEY, USERNAME, ENTRY_UUID";
    private static final String VALUE_COLUMNS = "ID, USER_KEY, FIELD_KEY, FIELD_VALUE";

    private final AoAccess ao;
    private final Clock clock;

    AoProfileStore(AoAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Map<String, StoredProfile> load(Collection<String> userKeys) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(userKeys));
        if (keys.isEmpty()) {
            return Map.of();
        }
        return ao.executeInTransaction(() -> {
            Map<String, ProfileRows> rows = new HashMap<>();
            for (List<String> chunk : InClause.chunks(keys)) {
                readChunk(chunk, rows);
            }
            Map<String, StoredProfile> profiles = new HashMap<>(rows.size() * 2);
            rows.forEach((key, row) -> profiles.put(key, row.toProfile(key)));
            return profiles;
        });
    }

    @Override
    public void write(Collection<ProfileUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        Map<String, ProfileUpdate> byUser = new LinkedHashMap<>();
        updates.forEach(update -> byUser.merge(update.userKey(), update, AoProfileStore::later));
        ao.executeInTransaction(() -> {
            replaceIdentities(byUser.values());
            replaceValues(byUser.values());
            return null;
        });
    }

    /**
     * Pages through the profiles by user key, 1,000 at a time, each page read in its own short transaction, so
     * neither the values of every user nor a long-open transaction are held while the visitor works.
     */
    @Override
    public void forEach(Consumer<StoredProfile> visitor) {
        String after = null;
        while (true) {
            String from = after;
            List<String> page = ao.executeInTransaction(() -> nextKeys(from));
            if (page.isEmpty()) {
                return;
            }
            Map<String, StoredProfile> profiles = load(page);
            page.stream().map(profiles::get).filter(java.util.Objects::nonNull).forEach(visitor);
            if (page.size() < PAGE_SIZE) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    private List<String> nextKeys(String after) {
        Query query = Query.select(IDENTITY_COLUMNS).order("USER_KEY").limit(PAGE_SIZE);
        if (after != null) {
            query = query.where("USER_KEY > ?", after);
        }
        List<String> keys = new ArrayList<>(PAGE_SIZE);
        ao.stream(ProfileEntity.class, query, (ProfileEntity row) -> keys.add(row.getUserKey()));
        return keys;
    }

    private void readChunk(List<String> chunk, Map<String, ProfileRows> rows) {
        Object[] keys = chunk.toArray();
        String criteria = InClause.of("USER_KEY", chunk.size());
        ao.stream(ProfileEntity.class, Query.select(IDENTITY_COLUMNS).where(criteria, keys), (ProfileEntity row) ->
                rows.computeIfAbsent(row.getUserKey(), k -> new ProfileRows()).identity(row));
        ao.stream(ProfileValueEntity.class, Query.select(VALUE_COLUMNS).where(criteria, keys), (ProfileValueEntity row) ->
                rows.computeIfAbsent(row.getUserKey(), k -> new ProfileRows()).values.put(row.getFieldKey(),
                        row.getFieldValue()));
    }

    private void replaceIdentities(Collection<ProfileUpdate> updates) {
        List<String> keys = updates.stream().map(ProfileUpdate::userKey).toList();
        for (List<String> chunk : InClause.chunks(keys)) {
            ao.deleteWithSQL(ProfileEntity.class, InClause.of("USER_KEY", chunk.size()), chunk.toArray());
        }
        long now = clock.millis();
        List<Map<String, Object>> rows = new ArrayList<>(updates.size());
        for (ProfileUpdate update : updates) {
            rows.add(Map.of("USER_KEY", update.userKey(), "USERNAME", update.username(), "ENTRY_UUID",
                    update.entryUuid(), "UPDATED_MILLIS", now));
        }
        ao.create(ProfileEntity.class, rows);
    }

    /** Deletes every (user, field) row that is set or removed, field by field, then inserts the new values. */
    private void replaceValues(Collection<ProfileUpdate> updates) {
        Map<String, List<String>> usersByField = new HashMap<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        for (ProfileUpdate update : updates) {
            update.remove().forEach(field -> usersByField.computeIfAbsent(field, f -> new ArrayList<>()).add(update.userKey()));
            update.set().forEach((field, value) -> {
                usersByField.computeIfAbsent(field, f -> new ArrayList<>()).add(update.userKey());
                inserts.add(Map.of("USER_KEY", update.userKey(), "FIELD_KEY", field, "FIELD_VALUE", value));
            });
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
        ao.create(ProfileValueEntity.class, inserts);
    }

    /** Two updates for one user in one call: the later one wins field by field. */
    private static ProfileUpdate later(ProfileUpdate earlier, ProfileUpdate later) {
        Map<String, String> set = new HashMap<>(earlier.set());
        java.util.Set<String> remove = new java.util.HashSet<>(earlier.remove());
        set.keySet().removeAll(later.remove());
        remove.removeAll(later.set().keySet());
        set.putAll(later.set());
        remove.addAll(later.remove());
        return new ProfileUpdate(later.userKey(), later.username(), later.entryUuid(), set, remove);
    }

    /** What the tables hold for one user, gathered while streaming. */
    private static final class ProfileRows {
        private String username = "";
        private String entryUuid = "";
        private final Map<String, String> values = new HashMap<>();

        void identity(ProfileEntity row) {
            username = row.getUsername();
            entryUuid = row.getEntryUuid();
        }

        StoredProfile toProfile(String userKey) {
            return new StoredProfile(userKey, username, entryUuid, values);
        }
    }
}
