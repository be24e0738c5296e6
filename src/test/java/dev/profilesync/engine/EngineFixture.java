package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import dev.profilesync.testing.TestDirectory;

import java.time.Clock;
import java.time.Duration;
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
        host.readers.add(new LdapDirectoryReader(config(directory, "main")));
        engine = new SyncEngine(new SyncPorts(host, host, stores.profiles(), stores.settings(), stores.history(),
                host, host), Clock.systemUTC());
    }

    /** The engine tests' settings for a directory: read as its reader in pages of 100, named for the id. */
    static LdapDirectoryConfig config(TestDirectory directory, String id) {
        return directory.config().id(id, "Directory " + id).pageSize(100).connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30)).build();
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
