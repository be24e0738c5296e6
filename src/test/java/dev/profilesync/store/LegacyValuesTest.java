package dev.profilesync.store;

import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.store.embedded.EntityManagerAccess;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An upgrade from one row per user and field: nothing stored before is lost, and the old rows move on write. */
class LegacyValuesTest {
    private EntityManagerAccess database;
    private CountingAccess counting;
    private ProfileStore profiles;

    @BeforeEach
    void open() {
        database = CountingAccess.inMemoryDatabase("legacy-values");
        storedByAnEarlierVersion("alice", Map.of("department", "Sales", "title", "Rep", "phone", "1"));
        storedByAnEarlierVersion("bob", Map.of("department", "Support"));
        counting = new CountingAccess(database);
        profiles = AoStores.over(counting).profiles();
    }

    @AfterEach
    void close() {
        database.dispose();
    }

    @Test
    void valuesOfAnEarlierVersionAreLoaded() {
        assertThat(profiles.load(List.of("alice", "bob"))).satisfies(loaded -> {
            assertThat(loaded.get("alice").values()).isEqualTo(Map.of("department", "Sales", "title", "Rep",
                    "phone", "1"));
            assertThat(loaded.get("bob").values()).isEqualTo(Map.of("department", "Support"));
        });
    }

    @Test
    void aWriteKeepsTheUntouchedOldValuesAndMovesThemToTheNewRow() {
        profiles.write(List.of(new ProfileUpdate("alice", "alice", "uuid-alice", Map.of("department", "Marketing"),
                Set.of("phone"))));

        assertThat(profiles.load(List.of("alice")).get("alice").values())
                .isEqualTo(Map.of("department", "Marketing", "title", "Rep"));
        assertThat(oldRowsOf("alice")).isZero();
        assertThat(oldRowsOf("bob")).as("users not written keep their old rows").isEqualTo(1);
        assertThat(profiles.load(List.of("bob")).get("bob").values()).isEqualTo(Map.of("department", "Support"));
    }

    @Test
    void onceEveryUserMovedTheOldTableCostsNothing() {
        profiles.write(List.of(new ProfileUpdate("alice", "alice", "", Map.of(), Set.of()),
                new ProfileUpdate("bob", "bob", "", Map.of(), Set.of())));
        profiles.syncFinished();
        counting.reset();

        assertThat(profiles.load(List.of("alice", "bob"))).hasSize(2);
        profiles.write(List.of(new ProfileUpdate("bob", "bob", "", Map.of("title", "Lead"), Set.of())));

        assertThat(counting.counts()).containsEntry("find ProfileValueEntity", 1L)
                .doesNotContainKeys("stream ProfileValueEntity", "delete ProfileValueEntity");
        assertThat(profiles.load(List.of("bob")).get("bob").values())
                .isEqualTo(Map.of("department", "Support", "title", "Lead"));
    }

    private void storedByAnEarlierVersion(String userKey, Map<String, String> values) {
        database.create(ProfileEntity.class, List.of(Map.<String, Object>of("USER_KEY", userKey, "USERNAME", userKey,
                "ENTRY_UUID", "uuid-" + userKey, "UPDATED_MILLIS", 1L)));
        List<Map<String, Object>> rows = new ArrayList<>();
        values.forEach((field, value) -> rows.add(Map.of("USER_KEY", userKey, "FIELD_KEY", field, "FIELD_VALUE", value)));
        database.create(ProfileValueEntity.class, rows);
    }

    private int oldRowsOf(String userKey) {
        return database.count(ProfileValueEntity.class, Query.select("ID").where("USER_KEY = ?", userKey));
    }
}
