package dev.profilesync.store;

import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.store.embedded.EntityManagerAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of 1,000 users costs a fixed number of statements, whatever the number of values: what keeps a sync of
 * 100,000 users fast (timings in docs/storage.md). Counted on a real HSQLDB database.
 */
class ProfileStoreCostTest {
    private static final String DATABASE = "cost-test";
    private EntityManagerAccess database;
    private CountingAccess counting;
    private ProfileStore profiles;

    @BeforeEach
    void open() {
        database = CountingAccess.inMemoryDatabase(DATABASE);
        counting = new CountingAccess(database);
        profiles = AoStores.over(counting).profiles();
    }

    @AfterEach
    void close() {
        database.dispose();
    }

    @Test
    void loadingAThousandUsersCostsOneQueryPerTable() {
        List<ProfileUpdate> users = tenFieldUsers(1_000);
        profiles.write(users);
        counting.reset();

        assertThat(profiles.load(keys(users))).hasSize(1_000);

        assertThat(counting.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "stream ProfileEntity", 1L, "stream ProfileFieldsEntity", 1L, "find ProfileValueEntity", 1L));
    }

    @Test
    void aFirstWriteOfAThousandUsersCostsOneLookupAndTwoBatchInserts() {
        profiles.write(tenFieldUsers(1_000));

        assertThat(counting.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("stream ProfileEntity", 1L,
                "bulk create ProfileEntity", 1L, "bulk create ProfileFieldsEntity", 1L));
        assertThat(database.count(ProfileFieldsEntity.class, net.java.ao.Query.select("ID")))
                .as("one values row per user, whatever the number of fields").isEqualTo(1_000);
    }

    @Test
    void aFirstSyncBatchOfUsersTakenForNewCostsTwoBatchInsertsAndNoLookup() {
        List<ProfileUpdate> users = tenFieldUsers(1_000);

        profiles.write(users, java.util.Set.copyOf(keys(users)));

        assertThat(counting.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bulk create ProfileEntity", 1L, "bulk create ProfileFieldsEntity", 1L));
        assertThat(profiles.load(List.of("k7")).get("k7").values()).containsEntry("field3", "value 3 of user 7");
    }

    @Test
    void aUserTakenForNewWhoHasAProfileByNowIsWrittenWithALookupKeepsOtherValuesAndNoDigest() {
        profiles.write(List.of(new ProfileUpdate("k1", "user1", "uuid-1", Map.of("nickname", "Bobby", "field1", "old"),
                java.util.Set.of())));
        counting.reset();
        ProfileUpdate asNew = new ProfileUpdate("k1", "user1", "uuid-1", Map.of("field1", "new"), java.util.Set.of(),
                dev.profilesync.core.PictureChanges.NONE, "1:digest-of-the-directory-entry");
        ProfileUpdate reallyNew = new ProfileUpdate("k2", "user2", "uuid-2", Map.of("field1", "x"), java.util.Set.of(),
                dev.profilesync.core.PictureChanges.NONE, "1:digest-of-k2");

        profiles.write(List.of(asNew, reallyNew), java.util.Set.of("k1", "k2"));

        assertThat(counting.counts()).as("the first try inserted without a lookup and was rolled back")
                .containsEntry("bulk create ProfileEntity", 2L).containsEntry("stream ProfileEntity", 1L);
        assertThat(profiles.load(List.of("k1")).get("k1").values())
                .isEqualTo(Map.of("nickname", "Bobby", "field1", "new"));
        assertThat(profiles.syncDigests(List.of("k1", "k2"))).isEqualTo(Map.of("k1", "", "k2", "1:digest-of-k2"));
    }

    @Test
    void rewritingUsersCostsOneStatementPerTableNotPerUserOrField() {
        List<ProfileUpdate> users = tenFieldUsers(1_000);
        profiles.write(users);
        counting.reset();

        List<ProfileUpdate> changes = new ArrayList<>();
        for (ProfileUpdate user : users) {
            changes.add(new ProfileUpdate(user.userKey(), user.username(), user.entryUuid(),
                    Map.of("field1", "new"), java.util.Set.of("field2")));
        }
        profiles.write(changes);

        assertThat(counting.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("stream ProfileEntity", 1L,
                "stream ProfileFieldsEntity", 1L, "find ProfileValueEntity", 1L, "delete ProfileEntity", 1L,
                "bulk create ProfileEntity", 1L, "delete ProfileFieldsEntity", 1L,
                "bulk create ProfileFieldsEntity", 1L));
        assertThat(profiles.load(List.of("k0")).get("k0").values()).hasSize(9).containsEntry("field1", "new");
    }

    private static List<ProfileUpdate> tenFieldUsers(int count) {
        List<ProfileUpdate> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> values = new java.util.HashMap<>();
            for (int f = 0; f < 10; f++) {
                values.put("field" + f, "value " + f + " of user " + i);
            }
            users.add(new ProfileUpdate("k" + i, "user" + i, "uuid-" + i, values, java.util.Set.of()));
        }
        return users;
    }

    private static List<String> keys(List<ProfileUpdate> users) {
        return users.stream().map(ProfileUpdate::userKey).toList();
    }
}
