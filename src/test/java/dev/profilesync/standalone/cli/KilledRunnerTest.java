package dev.profilesync.standalone.cli;

import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncState;
import dev.profilesync.faults.FaultDatabases;
import dev.profilesync.faults.FaultDirectory;
import dev.profilesync.faults.FaultProxy;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.profilesync.faults.FaultDirectory.isStale;
import static dev.profilesync.faults.FaultDirectory.isSyncedWithoutClears;
import static dev.profilesync.faults.FaultDirectory.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The runner is killed with SIGKILL in the middle of a 5,000-user full sync (a child JVM running the real
 * {@code sync --config}, its directory slowed by {@link FaultProxy} so that the kill lands while pages are still
 * coming): afterwards every user is either fully before or fully after their batch, nothing is cleared, the last
 * sync date has not moved, the next run is not locked out, and history shows the killed run as INTERRUPTED.
 */
class KilledRunnerTest {
    private static final int USERS = FaultDirectory.USERS;
    private static final Instant LAST_SYNC = Instant.parse("2026-01-02T03:04:05Z");
    private static final String PASSWORD_ENV = "FAULTS_LDAP_PASSWORD";
    private static final String DB_PASSWORD_ENV = "FAULTS_DB_PASSWORD";
    private static FaultProxy proxy;

    @TempDir
    Path work;

    @BeforeAll
    static void seedAndProxy() throws Exception {
        assumeTrue(FaultDirectory.available(), "no slapd: run through .ci/test-env.sh (see docs/testing.md)");
        FaultDirectory.seeded();
        proxy = FaultProxy.toLdap(System.getProperty("profilesync.slapd.url"));
    }

    @AfterAll
    static void closeProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void killedMidRunOnTheEmbeddedDatabase() throws Exception {
        Path data = work.resolve("data");
        killMidRunThenRestart(DatabaseConfig.embeddedFile(data),
                "{\"embedded\": \"" + data.toString().replace("\\", "/") + "\"}");
    }

    @Test
    void killedMidRunOnPostgres() throws Exception {
        Optional<DatabaseConfig> postgres = FaultDatabases.postgres();
        assumeTrue(postgres.isPresent(), "no PostgreSQL: run through .ci/test-env.sh");
        try (AoStores created = EmbeddedStores.open(postgres.get())) {
            FaultDatabases.empty(postgres.get());
        }
        killMidRunThenRestart(postgres.get(), "{\"jdbcUrl\": \"" + postgres.get().jdbcUrl() + "\", \"user\": \""
                + postgres.get().user() + "\", \"passwordEnv\": \"" + DB_PASSWORD_ENV + "\"}");
    }

    private void killMidRunThenRestart(DatabaseConfig database, String databaseJson) throws Exception {
        try (AoStores stores = EmbeddedStores.open(database)) {
            stores.profiles().write(FaultDirectory.staleProfiles(USERS));
            stores.settings().saveState(new SyncState(Optional.of(LAST_SYNC), "", USERS));
        }
        Path config = Files.writeString(work.resolve("config.json"), config(databaseJson));

        killAfterPage(4, config);

        try (AoStores stores = EmbeddedStores.open(database)) {
            Map<String, StoredProfile> stored = everyone(stores);
            long synced = IntStream.range(0, USERS).filter(i -> isSyncedWithoutClears(stored.get(username(i)), i))
                    .count();
            assertThat(synced).as("users written before the kill").isBetween(1L, USERS - 1L);
            IntStream.range(0, USERS).forEach(i -> assertThat(isStale(stored.get(username(i)))
                    || isSyncedWithoutClears(stored.get(username(i)), i))
                    .as("%s is fully before or fully after its batch", username(i)).isTrue());
            assertThat(stores.settings().state().lastSyncTime()).contains(LAST_SYNC);
            assertThat(stores.history().running()).as("the killed run's record").hasSize(1);
        }

        CliRun.Result restart = CliRun.run(work, environment(), "sync", "--config",
                config.toString());

        assertThat(restart.exitCode()).as(restart.toString()).isZero();
        try (AoStores stores = EmbeddedStores.open(database)) {
            List<SyncReport> history = stores.history().recent(10);
            assertThat(history).extracting(SyncReport::outcome)
                    .containsExactly(SyncOutcome.SUCCESS, SyncOutcome.INTERRUPTED);
            Map<String, StoredProfile> stored = everyone(stores);
            IntStream.range(0, USERS).forEach(i -> assertThat(stored.get(username(i)).values())
                    .isEqualTo(FaultDirectory.directoryValues(i)));
        }
    }

    private void killAfterPage(int page, Path config) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "sync", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("killed-run.log").toFile());
        builder.environment().putAll(environment());
        proxy.resetCounts();
        // Ten pages of 500: the read takes at least 3 s, so the kill when page 5 is asked for lands mid-run.
        proxy.delaySearches(Duration.ofMillis(300));
        Process runner = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (proxy.count(FaultProxy.Direction.TO_SERVER, FaultProxy.SEARCH_REQUEST) < page + 1) {
                assertThat(runner.isAlive()).as("the runner still runs: " + log()).isTrue();
                assertThat(System.nanoTime()).as("page %d asked within 60 s", page + 1).isLessThan(deadline);
                Thread.sleep(5);
            }
        } finally {
            runner.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs in the runner
            runner.waitFor(10, TimeUnit.SECONDS);
            proxy.delaySearches(Duration.ZERO);
        }
    }

    private String log() throws java.io.IOException {
        return Files.readString(work.resolve("killed-run.log"));
    }

    private static Map<String, StoredProfile> everyone(AoStores stores) {
        return stores.profiles().load(IntStream.range(0, USERS).mapToObj(FaultDirectory::username).toList());
    }

    private static Map<String, String> environment() {
        return Map.of(PASSWORD_ENV, System.getProperty("profilesync.slapd.password"),
                DB_PASSWORD_ENV, System.getProperty("profilesync.pg.password", ""));
    }

    private static String config(String databaseJson) {
        return """
                {
                  "directories": [{
                    "id": "faults", "name": "Fault directory", "url": "%s",
                    "bindDn": "%s", "passwordEnv": "%s",
                    "baseDn": "%s", "userDn": "ou=%s", "userFilter": "(objectClass=inetOrgPerson)",
                    "usernameAttribute": "uid", "pageSize": %d
                  }],
                  "database": %s,
                  "fields": [
                    {"key": "title", "label": "Title", "ldapAttribute": "title"},
                    {"key": "department", "label": "Department", "ldapAttribute": "departmentNumber"},
                    {"key": "phone", "label": "Phone", "ldapAttribute": "telephoneNumber"}
                  ],
                  "settings": {"batchSize": 100}
                }
                """.formatted(proxy.url(), System.getProperty("profilesync.slapd.bindDn"), PASSWORD_ENV,
                System.getProperty("profilesync.slapd.baseDn"), FaultDirectory.OU, FaultDirectory.PAGE_SIZE,
                databaseJson);
    }
}
