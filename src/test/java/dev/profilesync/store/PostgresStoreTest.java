package dev.profilesync.store;

import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store contract on PostgreSQL, when {@code profilesync.pg.url} (with {@code .user} and {@code .password}) names
 * a database; skipped otherwise. Each test empties the app's tables first.
 */
class PostgresStoreTest extends StoreContractTest {
    private static DatabaseConfig database;

    @BeforeAll
    static void configured() {
        String url = System.getProperty("profilesync.pg.url", "");
        assumeTrue(!url.isBlank(), "profilesync.pg.url is not set: PostgreSQL tests skipped");
        database = new DatabaseConfig(url, System.getProperty("profilesync.pg.user"),
                System.getProperty("profilesync.pg.password"));
    }

    @Override
    protected AoStores openEmpty() {
        AoStores stores = EmbeddedStores.open(database);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            for (String table : new String[] {"PROFILE", "PROFILE_FIELD_SET", "PROFILE_VALUE", "FIELD_DEF", "SETTING", "SYNC_RUN",
                    "PROFILE_PICTURE"}) {
                statement.executeUpdate("DELETE FROM \"" + AoTablePrefix.PREFIX + table + "\"");
            }
        } catch (SQLException e) {
            stores.close();
            throw new IllegalStateException("could not empty the tables on " + database.redactedUrl(), e);
        }
        return stores;
    }

    @Override
    protected AoStores openAnotherNode() {
        return EmbeddedStores.open(database);
    }
}
