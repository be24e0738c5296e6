package dev.profilesync.store;

import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.profilesync.store.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on embedded HSQLDB (a fresh in-memory database per test), and the file database. */
class HsqldbStoreTest extends StoreContractTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path folder;

    private String database;

    @Override
    protected AoStores openEmpty() {
        database = "store-test-" + DATABASES.incrementAndGet();
        return EmbeddedStores.open(DatabaseConfig.inMemory(database));
    }

    @Override
    protected AoStores openAnotherNode() {
        return EmbeddedStores.open(DatabaseConfig.inMemory(database));
    }

    @Test
    void valuesSurviveReopeningTheFileDatabase() {
        SyncSettings settings = SyncSettings.defaults().withLoginSync(true).withBatchSize(300);
        SyncState state = new SyncState(Optional.of(Instant.parse("2026-03-01T01:11:00Z")), "fp", 1234);
        try (AoStores file = EmbeddedStores.open(DatabaseConfig.embeddedFile(folder))) {
            file.profiles().write(List.of(set("alice", Map.of("department", "Sales"))));
            file.settings().saveFields(Fixtures.everyKindOfField());
            file.settings().saveSettings(settings);
            file.settings().saveState(state);
            file.history().record(Fixtures.report("run-1", Instant.parse("2026-03-01T01:11:00Z")));
        }

        try (AoStores reopened = EmbeddedStores.open(DatabaseConfig.embeddedFile(folder))) {
            assertThat(reopened.profiles().load(List.of("alice")).get("alice")).isEqualTo(
                    new StoredProfile("alice", "name-alice", "uuid-alice", Map.of("department", "Sales")));
            assertThat(reopened.settings().fields()).isEqualTo(Fixtures.everyKindOfField());
            assertThat(reopened.settings().settings()).isEqualTo(settings);
            assertThat(reopened.settings().state()).isEqualTo(state);
            assertThat(reopened.history().recent(5)).extracting(r -> r.id()).containsExactly("run-1");
        }
    }
}
