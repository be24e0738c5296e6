package dev.profilesync.store;

import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.profilesync.store.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the profile store keeps sync digests, on every database; each test starts from empty tables. */
abstract class SyncDigestStoreContract {
    private AoStores stores;

    /** Stores over empty tables. */
    protected abstract AoStores openEmpty();

    /** Stores over the same database as the last {@link #openEmpty}, opened again. */
    protected abstract AoStores reopen();

    /** A plain connection to that database. */
    protected abstract Connection connect() throws SQLException;

    @AfterEach
    void close() {
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void aDigestIsReadBackForProfilesAndEmptyForAProfileWrittenWithoutOne() {
        stores = openEmpty();
        stores.profiles().write(List.of(withDigest("alice", "1:abc"), set("bob", Map.of("department", "IT"))));

        assertThat(stores.profiles().keepsSyncDigests()).isTrue();
        assertThat(stores.profiles().syncDigests(List.of("alice", "bob", "carol")))
                .isEqualTo(Map.of("alice", "1:abc", "bob", ""));
    }

    @Test
    void aWriteWithoutADigestRemovesTheStoredOne() {
        stores = openEmpty();
        stores.profiles().write(List.of(withDigest("alice", "1:abc")));

        stores.profiles().write(List.of(set("alice", Map.of("phone", "+1 555 0100"))));

        assertThat(stores.profiles().syncDigests(List.of("alice"))).isEqualTo(Map.of("alice", ""));
    }

    @Test
    void theDigestOfARolledBackBatchIsNotKept() {
        stores = openEmpty();
        stores.profiles().write(List.of(withDigest("alice", "1:old")));
        List<ProfileUpdate> failing = List.of(withDigest("alice", "1:new"), set("bob", Map.of("f".repeat(200), "x")));

        assertThatThrownBy(() -> stores.profiles().write(failing)).isInstanceOf(RuntimeException.class);

        assertThat(stores.profiles().syncDigests(List.of("alice", "bob"))).isEqualTo(Map.of("alice", "1:old"));
    }

    @Test
    void aTableWrittenByTheVersionBeforeDigestsGainsTheColumnWhenOpened() throws SQLException {
        stores = openEmpty();
        stores.profiles().write(List.of(set("alice", Map.of("department", "Sales"))));
        stores.close();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("ALTER TABLE \"" + AoTablePrefix.PREFIX + "PROFILE\" DROP COLUMN \"SYNC_DIGEST\"");
        }

        stores = reopen();

        assertThat(stores.profiles().syncDigests(List.of("alice"))).isEqualTo(Map.of("alice", ""));
        assertThat(stores.profiles().load(List.of("alice")).get("alice").values())
                .isEqualTo(Map.of("department", "Sales"));
    }

    private static ProfileUpdate withDigest(String userKey, String digest) {
        return new ProfileUpdate(userKey, "name-" + userKey, "uuid-" + userKey, Map.of("department", "Sales"),
                Set.of(), PictureChanges.NONE, digest);
    }
}
