package dev.profilesync.store;

import net.java.ao.Query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Values written by versions before one row per user ({@link ProfileFieldsEntity}): one {@link ProfileValueEntity}
 * row per user and field. After an upgrade they stay where they are and are read beside the new rows, so no stored
 * value is lost; the first write of a user moves that user's values into the new row and deletes the old ones. Once
 * the old table is empty, which is checked once per sync (one primary-key read), it costs nothing. Thread-safe.
 */
final class LegacyValues {
    private final AoAccess ao;
    /** Null until checked; rechecked after each sync, when writes may have emptied the old table. */
    private volatile Boolean present;

    LegacyValues(AoAccess ao) {
        this.ao = ao;
    }

    /** Visits each of these users' old values, grouped by user; nothing when the old table is empty. */
    void read(List<String> userKeys, BiConsumer<String, Map<String, String>> visitor) {
        if (userKeys.isEmpty() || !present()) {
            return;
        }
        Map<String, Map<String, String>> byUser = new HashMap<>();
        for (List<String> chunk : InClause.chunks(userKeys)) {
            Query query = Query.select("ID, USER_KEY, FIELD_KEY, FIELD_VALUE")
                    .where(InClause.of("USER_KEY", chunk.size()), chunk.toArray());
            ao.stream(ProfileValueEntity.class, query, (ProfileValueEntity row) ->
                    byUser.computeIfAbsent(row.getUserKey(), k -> new HashMap<>()).put(row.getFieldKey(),
                            row.getFieldValue() == null ? "" : row.getFieldValue()));
        }
        byUser.forEach(visitor);
    }

    /** Deletes these users' old values, as their values are now written to the new table. */
    void delete(List<String> userKeys) {
        if (userKeys.isEmpty() || !present()) {
            return;
        }
        for (List<String> chunk : InClause.chunks(userKeys)) {
            ao.deleteWithSQL(ProfileValueEntity.class, InClause.of("USER_KEY", chunk.size()), chunk.toArray());
        }
    }

    /** Forgets whether old values exist, so the next read or write checks again. */
    void recheck() {
        present = null;
    }

    private boolean present() {
        Boolean known = present;
        if (known == null) {
            known = ao.find(ProfileValueEntity.class, Query.select("ID").limit(1)).length > 0;
            present = known;
        }
        return known;
    }
}
