package dev.profilesync.faults;

import dev.profilesync.store.DatabaseConfig;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** The integration PostgreSQL for fault tests (-Dprofilesync.pg.*), emptied before use. */
public final class FaultDatabases {
    private static final String[] TABLES = {"PROFILE", "PROFILE_VALUE", "FIELD_DEF", "SETTING", "SYNC_RUN"};

    private FaultDatabases() {
    }

    public static Optional<DatabaseConfig> postgres() {
        String url = System.getProperty("profilesync.pg.url", "");
        return url.isBlank() ? Optional.empty() : Optional.of(new DatabaseConfig(url,
                System.getProperty("profilesync.pg.user"), System.getProperty("profilesync.pg.password")));
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
