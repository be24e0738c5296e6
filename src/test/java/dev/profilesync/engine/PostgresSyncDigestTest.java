package dev.profilesync.engine;

import dev.profilesync.faults.FaultDatabases;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.BeforeAll;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sync digest contract on PostgreSQL, when {@code profilesync.pg.url} names a database; skipped otherwise. */
class PostgresSyncDigestTest extends SyncDigestContract {
    private static DatabaseConfig database;

    @BeforeAll
    static void configured() {
        database = FaultDatabases.postgres().orElse(null);
        assumeTrue(database != null, "profilesync.pg.url is not set: PostgreSQL tests skipped");
    }

    @Override
    protected AoStores openEmpty() {
        AoStores stores = EmbeddedStores.open(database);
        try {
            FaultDatabases.empty(database);
        } catch (SQLException e) {
            stores.close();
            throw new IllegalStateException("could not empty the tables on " + database.redactedUrl(), e);
        }
        return stores;
    }
}
