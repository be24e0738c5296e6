package dev.profilesync.store;

import dev.profilesync.faults.FaultDatabases;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Sync digests on PostgreSQL, when {@code profilesync.pg.url} names a database; skipped otherwise. */
class PostgresSyncDigestStoreTest extends SyncDigestStoreContract {
    private static DatabaseConfig database;

    @BeforeAll
    static void configured() {
        database = FaultDatabases.postgres().orElse(null);
        assumeTrue(database != null, "profilesync.pg.url is not set: PostgreSQL tests skipped");
    }

    @Override
    protected AoStores openEmpty() {
        return FaultDatabases.openEmpty(database);
    }

    @Override
    protected AoStores reopen() {
        return EmbeddedStores.open(database);
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
