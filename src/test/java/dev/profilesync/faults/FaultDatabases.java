package dev.profilesync.faults;

import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** The integration PostgreSQL for fault tests (-Dprofilesync.pg.*), emptied before use. */
public final class FaultDatabases {
    private static final String[] TABLES = {"PROFILE", "PROFILE_FIELD_SET", "PROFILE_VALUE", "FIELD_DEF", "SETTING",
        "SYNC_RUN", "PROFILE_PICTURE"};

    private FaultDatabases() {
    }

    public static Optional<DatabaseConfig> postgres() {
        String url = System.getProperty("profilesync.pg.url", "");
        return url.isBlank() ? Optional.empty() : Optional.of(new DatabaseConfig(url,
                System.getProperty("profilesync.pg.user"), System.getProperty("profilesync.pg.password")));
    }

    /** The integration PostgreSQL as reached through {@code proxy}, which must point at {@link #postgresAddress}. */
    public static DatabaseConfig through(DatabaseConfig postgres, FaultProxy proxy) {
        return new DatabaseConfig(postgres.jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"),
                postgres.user(), postgres.password());
    }

    /** Host and port of the integration PostgreSQL, from its JDBC URL. */
    public static java.net.InetSocketAddress postgresAddress(DatabaseConfig postgres) {
        java.net.URI uri = java.net.URI.create(postgres.jdbcUrl().substring("jdbc:".length()));
        return java.net.InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    /** Stores over the app's tables on this database, created where missing and emptied. */
    public static AoStores openEmpty(DatabaseConfig database) {
        AoStores stores = EmbeddedStores.open(database);
        try {
            empty(database);
        } catch (SQLException e) {
            stores.close();
            throw new IllegalStateException("could not empty the tables on " + database.redactedUrl(), e);
        }
        return stores;
    }

    /** Deletes every row of the app's tables (which AoStores.open has created). */
    public static void empty(DatabaseConfig database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM \"AO_9FE343_" + table + "\"");
            }
        }
    }
}
