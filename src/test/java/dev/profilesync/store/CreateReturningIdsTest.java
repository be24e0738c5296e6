package dev.profilesync.store;

import dev.profilesync.store.embedded.EntityManagerAccess;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both ways of learning the IDs of bulk-inserted identity rows give the IDs the rows got: the standalone host's JDBC
 * generated keys, and the read back by user key that Confluence's ActiveObjects path uses.
 */
class CreateReturningIdsTest {
    private EntityManagerAccess database;

    @BeforeEach
    void open() {
        database = CountingAccess.inMemoryDatabase("returning-ids");
    }

    @AfterEach
    void close() {
        database.dispose();
    }

    @Test
    void generatedKeysAndTheReadBackGiveTheIdsTheRowsGot() {
        Map<String, Integer> fromKeys = database.executeInTransaction(() -> database.createReturningIds(
                ProfileEntity.class, identities("a", 1_200), "USER_KEY", ProfileEntity::getUserKey));
        Map<String, Integer> readBack = database.executeInTransaction(() -> AoAccess.createReadingIdsBack(database,
                ProfileEntity.class, identities("b", 1_200), "USER_KEY", ProfileEntity::getUserKey));

        assertThat(fromKeys).hasSize(1_200);
        assertThat(readBack).hasSize(1_200);
        Map<String, Integer> stored = new HashMap<>();
        database.executeInTransaction(() -> {
            database.stream(ProfileEntity.class, Query.select("ID, USER_KEY"),
                    (ProfileEntity row) -> stored.put(row.getUserKey(), row.getID()));
            return null;
        });
        Map<String, Integer> both = new HashMap<>(fromKeys);
        both.putAll(readBack);
        assertThat(both).isEqualTo(stored);
    }

    /** More than one IN list's worth, user keys in no particular order. */
    private static List<Map<String, Object>> identities(String prefix, int count) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = count; i > 0; i--) {
            rows.add(Map.of("USER_KEY", prefix + (i * 7919 % count), "USERNAME", prefix + i, "ENTRY_UUID", "",
                    "UPDATED_MILLIS", 1L, "SYNC_DIGEST", ""));
        }
        return rows;
    }
}
