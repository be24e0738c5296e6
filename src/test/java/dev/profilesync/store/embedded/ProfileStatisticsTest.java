package dev.profilesync.store.embedded;

import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.faults.FaultDatabases;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.AoTablePrefix;
import dev.profilesync.store.ProfileEntity;
import dev.profilesync.store.ProfileFieldsEntity;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * After a sync that inserted many rows the PostgreSQL store refreshes the profile tables' planner statistics, so the
 * next runs do not wait for autovacuum; embedded HSQLDB keeps none to refresh.
 */
class ProfileStatisticsTest {
    private static final String PROFILE = "\"" + AoTablePrefix.PREFIX + "PROFILE\"";

    @Test
    void manyInsertedRowsAreAnalysedOnPostgres() throws SQLException {
        DatabaseConfig database = postgres();
        try (AoStores stores = EmbeddedStores.open(database)) {
            FaultDatabases.empty(database);
            analyse(database);
            ProfileStore profiles = stores.profiles();
            profiles.write(users(0, 6_000));

            profiles.syncFinished();

            assertThat(countedRows(database)).isEqualTo(6_000);
        }
    }

    @Test
    void aFewRowsIntoALargeTableWaitForAutovacuum() throws SQLException {
        DatabaseConfig database = postgres();
        try (AoStores stores = EmbeddedStores.open(database)) {
            FaultDatabases.empty(database);
            ProfileStore profiles = stores.profiles();
            profiles.write(users(0, 6_000));
            profiles.syncFinished();

            profiles.write(users(6_000, 100));
            profiles.syncFinished();

            assertThat(countedRows(database)).isEqualTo(6_000);
        }
    }

    @Test
    void embeddedHsqldbHasNoStatisticsToRefresh() {
        EntityManagerAccess ao = new EntityManagerAccess(AoDatabase.connect(DatabaseConfig.inMemory("statistics")));
        try {
            ao.migrate(ProfileEntity.class, ProfileFieldsEntity.class);

            assertThat(ao.refreshStatistics(1_000_000, ProfileEntity.class, ProfileFieldsEntity.class)).isFalse();
        } finally {
            ao.dispose();
        }
    }

    private static DatabaseConfig postgres() {
        DatabaseConfig database = FaultDatabases.postgres().orElse(null);
        assumeTrue(database != null, "profilesync.pg.url is not set: PostgreSQL tests skipped");
        return database;
    }

    private static List<ProfileUpdate> users(int from, int count) {
        List<ProfileUpdate> updates = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            updates.add(new ProfileUpdate("key" + i, "user" + i, "uuid" + i, Map.of("title", "t" + i), Set.of()));
        }
        return updates;
    }

    private static void analyse(DatabaseConfig database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + PROFILE);
        }
    }

    /** The rows PostgreSQL's statistics last counted in the identity table. */
    private static long countedRows(DatabaseConfig database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT reltuples FROM pg_class WHERE oid = to_regclass('"
                     + PROFILE.replace("'", "''") + "')")) {
            result.next();
            return Math.round(result.getDouble(1));
        }
    }

    private static Connection connect(DatabaseConfig database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
