package dev.profilesync.engine;

import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;

import java.util.concurrent.atomic.AtomicInteger;

/** The sync digest contract on embedded HSQLDB. */
class HsqldbSyncDigestTest extends SyncDigestContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected AoStores openEmpty() {
        return EmbeddedStores.open(DatabaseConfig.inMemory("digest" + DATABASES.incrementAndGet()));
    }
}
