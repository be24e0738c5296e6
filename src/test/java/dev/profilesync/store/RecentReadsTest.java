package dev.profilesync.store;

import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.store.embedded.EntityManagerAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write right after a load trusts what the load read while the users' identity rows are still there, and looks
 * the users up again when another writer (another cluster node) replaced one meanwhile. On a real HSQLDB database.
 */
class RecentReadsTest {
    private EntityManagerAccess database;
    private CountingAccess counting;
    private ProfileStore profiles;
    /** Another node's store over the same tables, with recent reads of its own. */
    private ProfileStore otherNode;

    @BeforeEach
    void open() {
        database = CountingAccess.inMemoryDatabase("recent-reads");
        counting = new CountingAccess(database);
        profiles = AoStores.over(counting).profiles();
        otherNode = AoStores.over(database).profiles();
    }

    @AfterEach
    void close() {
        database.dispose();
    }

    @Test
    void aBatchWrittenRightAfterItsLoadReadsNothingAgain() {
        List<ProfileUpdate> users = tenFieldUsers(1_000);
        profiles.write(users);
        profiles.load(users.stream().map(ProfileUpdate::userKey).toList());
        counting.reset();

        profiles.write(users.stream().map(user -> new ProfileUpdate(user.userKey(), user.username(),
                user.entryUuid(), Map.of("field1", "new"), Set.of("field2"))).toList());

        assertThat(counting.counts()).doesNotContainKeys("stream ProfileEntity", "stream ProfileFieldsEntity")
                .containsEntry("delete ProfileEntity", 1L).containsEntry("delete ProfileFieldsEntity", 1L)
                .containsEntry("bulk create ProfileEntity", 1L).containsEntry("bulk create ProfileFieldsEntity", 1L);
        Map<String, String> values = profiles.load(List.of("k7")).get("k7").values();
        assertThat(values).hasSize(9).containsEntry("field1", "new").containsEntry("field3", "value 3 of user 7")
                .doesNotContainKey("field2");
    }

    @Test
    void aUserAnotherNodeRewroteAfterTheLoadIsLookedUpAgainAndKeepsThatNodesValues() {
        profiles.write(List.of(update("k1", Map.of("field1", "first", "nickname", "Bob"), Set.of(), "d1")));
        assertThat(profiles.load(List.of("k1"))).containsKey("k1");

        otherNode.write(List.of(update("k1", Map.of("nickname", "Bobby", "field3", "from the other node"),
                Set.of(), "d2")));
        counting.reset();
        profiles.write(List.of(update("k1", Map.of("field1", "second"), Set.of(), "d3")));

        assertThat(counting.counts()).as("the trusting try found the row gone and rolled back; the second looked up")
                .containsEntry("delete ProfileEntity", 2L).containsEntry("stream ProfileEntity", 1L);

        assertThat(profiles.load(List.of("k1")).get("k1").values()).isEqualTo(Map.of("field1", "second",
                "nickname", "Bobby", "field3", "from the other node"));
        assertThat(profiles.syncDigests(List.of("k1"))).isEqualTo(Map.of("k1", "d3"));
    }

    @Test
    void whenOneUserOfTheBatchWasRewrittenTheTrustingWriteRollsBackWholeAndNoOtherUserLosesAValue() {
        profiles.write(List.of(update("k1", Map.of("field1", "one", "nickname", "Al"), Set.of(), "d1"),
                update("k2", Map.of("field1", "two"), Set.of(), "d2")));
        profiles.load(List.of("k1", "k2"));
        otherNode.write(List.of(update("k2", Map.of("nickname", "Bea"), Set.of(), "other")));
        counting.reset();

        profiles.write(List.of(update("k1", Map.of("field1", "one again"), Set.of(), "d3"),
                update("k2", Map.of("field1", "two again"), Set.of(), "d4")));

        assertThat(counting.counts()).as("k1's row was deleted by the first try, which rolled back")
                .containsEntry("delete ProfileEntity", 2L);
        Map<String, dev.profilesync.core.StoredProfile> stored = otherNode.load(List.of("k1", "k2"));
        assertThat(stored.get("k1").values()).isEqualTo(Map.of("field1", "one again", "nickname", "Al"));
        assertThat(stored.get("k2").values()).isEqualTo(Map.of("field1", "two again", "nickname", "Bea"));
        assertThat(otherNode.syncDigests(List.of("k1", "k2"))).isEqualTo(Map.of("k1", "d3", "k2", "d4"));
    }

    @Test
    void aReadOfEveryProfileIsNotRememberedForAWrite() {
        List<ProfileUpdate> users = tenFieldUsers(10);
        profiles.write(users);
        profiles.forEach(profile -> { });
        counting.reset();

        profiles.write(List.of(update("k3", Map.of("field1", "new"), Set.of(), "d")));

        assertThat(counting.counts()).containsEntry("stream ProfileEntity", 1L)
                .containsEntry("stream ProfileFieldsEntity", 1L);
    }

    @Test
    void whatIsRememberedIsBoundedAndTakenOnce() {
        RecentReads reads = new RecentReads();
        for (int i = 0; i < RecentReads.CAPACITY; i++) {
            reads.remember("k" + i, i, Map.of("field", "value " + i));
        }
        assertThat(reads.take(List.of("k0"))).containsEntry("k0", new RecentReads.Read(0, Map.of("field", "value 0")));
        assertThat(reads.take(List.of("k0"))).isEmpty();

        reads.remember("k-new", 1, Map.of());
        reads.remember("k-newer", 2, Map.of());

        assertThat(reads.take(List.of("k1", "k-new", "k-newer"))).containsOnlyKeys("k-newer");
    }

    private static ProfileUpdate update(String userKey, Map<String, String> set, Set<String> remove, String digest) {
        return new ProfileUpdate(userKey, "user-" + userKey, "uuid-" + userKey, set, remove,
                PictureChanges.NONE, digest);
    }

    private static List<ProfileUpdate> tenFieldUsers(int count) {
        List<ProfileUpdate> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> values = new HashMap<>();
            for (int f = 0; f < 10; f++) {
                values.put("field" + f, "value " + f + " of user " + i);
            }
            users.add(new ProfileUpdate("k" + i, "user" + i, "uuid-" + i, values, Set.of()));
        }
        return users;
    }
}
