package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** One engine over a real directory and a fresh in-memory database. */
final class EngineFixture implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final TestHost host = new TestHost();
    final AoStores stores;
    final SyncEngine engine;

    EngineFixture(TestDirectory directory) {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("engine" + DATABASES.incrementAndGet()));
        host.readers.add(new LdapDirectoryReader(directory.config("main")));
        engine = new SyncEngine(new SyncPorts(host, host, stores.profiles(), stores.settings(), stores.history(),
                host, host), Clock.systemUTC());
    }

    void fields(FieldDefinition... fields) {
        stores.settings().saveFields(List.of(fields));
    }

    SyncReport full() {
        return engine.run(SyncRequest.full(SyncTrigger.MANUAL));
    }

    SyncReport incremental() {
        return engine.run(SyncRequest.incremental(SyncTrigger.SCHEDULED));
    }

    Map<String, String> valuesOf(String userKey) {
        StoredProfile profile = stores.profiles().load(List.of(userKey)).get(userKey);
        return profile == null ? Map.of() : profile.values();
    }

    @Override
    public void close() {
        stores.close();
    }
}
