package dev.profilesync.standalone.bench;

import dev.profilesync.standalone.host.RunFailure;
import dev.profilesync.standalone.host.StandaloneHost;
import dev.profilesync.store.embedded.DatabaseConfig;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code bench --reset-db}: empties a PostgreSQL test database by dropping and recreating its schema public, so that
 * reruns start from nothing (the benchmark refuses a database that holds profiles). The user must own the database,
 * as the test environment's does.
 */
public final class PostgresReset {
    private PostgresReset() {
    }

    public static void reset(DatabaseConfig database) {
        if (!database.jdbcUrl().startsWith("jdbc:postgresql:")) {
            throw new RunFailure("--reset-db", "only PostgreSQL databases can be reset, not "
                    + StandaloneHost.withoutPassword(database.jdbcUrl()) + ": give an empty database instead");
        }
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new RunFailure("--reset-db", "cannot reset " + StandaloneHost.withoutPassword(database.jdbcUrl())
                    + " (" + e.getMessage() + "): the database user must own the database", e);
        }
    }
}
