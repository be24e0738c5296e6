package dev.profilesync.engine;

import dev.profilesync.faults.FaultDatabases;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.BeforeAll;

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
        return FaultDatabases.openEmpty(database);
    }
}
