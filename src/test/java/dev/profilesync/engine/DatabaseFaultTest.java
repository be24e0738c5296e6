package dev.profilesync.engine;

import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.faults.FaultDatabases;
import dev.profilesync.faults.FaultDirectory;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.profilesync.faults.FaultDirectory.directoryValues;
import static dev.profilesync.faults.FaultDirectory.isStale;
import static dev.profilesync.faults.FaultDirectory.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL drops the sync's connection in the middle of writing batch 4 of 10 (a trigger makes the backend
 * terminate itself with pg_terminate_backend while it inserts that batch's values): the batch rolls back whole, the
 * run says so and goes on with a new connection from the pool, nothing else is lost, and a rerun converges.
 */
class DatabaseFaultTest {
    private static final int USERS = FaultDirectory.USERS;
    private static final int BATCH = USERS / 10;
    private static final Instant LAST_SYNC = Instant.parse("2026-01-02T03:04:05Z");

    private final TestHost host = new TestHost();
    private DatabaseConfig database;
    private AoStores stores;
    private LdapDirectoryReader reader;
    private SyncEngine engine;

    @BeforeEach
    void staleStoreOnPostgres() throws Exception {
        assumeTrue(FaultDirectory.available(), "no slapd: run through .ci/test-env.sh (see docs/testing.md)");
        Optional<DatabaseConfig> postgres = FaultDatabases.postgres();
        assumeTrue(postgres.isPresent(), "no PostgreSQL: run through .ci/test-env.sh");
        FaultDirectory.seeded();
        database = postgres.get();
        stores = EmbeddedStores.open(database);
        FaultDatabases.empty(database);
        IntStream.range(0, USERS).forEach(i -> host.withUsers(username(i)));
        reader = new LdapDirectoryReader(FaultDirectory.config(System.getProperty("profilesync.slapd.url"),
                Duration.ofSeconds(10)));
        host.readers.add(reader);
        engine = new SyncEngine(new SyncPorts(host, host, stores.profiles(), stores.settings(), stores.history(),
                host, host), Clock.systemUTC());
        stores.settings().saveFields(FaultDirectory.fields());
        stores.settings().saveSettings(stores.settings().settings().withBatchSize(BATCH));
        stores.profiles().write(FaultDirectory.staleProfiles(USERS));
        stores.settings().saveState(new SyncState(Optional.of(LAST_SYNC), "", USERS));
    }

    @AfterEach
    void close() throws SQLException {
        if (stores != null) {
            sql("DROP TRIGGER IF EXISTS profilesync_fault_kill ON \"AO_9FE343_PROFILE_FIELD_SET\"",
                    "DROP FUNCTION IF EXISTS profilesync_fault_kill()",
                    "DROP SEQUENCE IF EXISTS profilesync_fault_rows");
            reader.close();
            stores.close();
        }
    }

    @Test
    void aConnectionKilledMidBatchRollsBackThatBatchAloneAndTheRerunConverges() throws SQLException {
        killTheConnectionInBatch(4);

        SyncReport failed = engine.run(SyncRequest.full(SyncTrigger.SCHEDULED));

        assertThat(failed.outcome()).isEqualTo(SyncOutcome.PARTIAL);
        assertThat(failed.failed()).isEqualTo(BATCH);
        assertThat(failed.errors()).anySatisfy(error -> assertThat(error)
                .contains("Writing a batch of " + BATCH + " users failed and was rolled back"));
        assertThat(stores.settings().state().lastSyncTime()).contains(LAST_SYNC);
        Map<String, StoredProfile> stored = everyone();
        long untouched = IntStream.range(0, USERS).filter(i -> isStale(stored.get(username(i)))).count();
        long synced = IntStream.range(0, USERS)
                .filter(i -> stored.get(username(i)).values().equals(directoryValues(i))).count();
        assertThat(untouched).as("users of the rolled-back batch, untouched (not even cleared)").isEqualTo(BATCH);
        assertThat(synced).as("every other user, written by the batches before and after").isEqualTo(USERS - BATCH);

        SyncReport rerun = engine.run(SyncRequest.full(SyncTrigger.SCHEDULED));

        assertThat(rerun.outcome()).as(String.join("; ", rerun.errors())).isEqualTo(SyncOutcome.SUCCESS);
        Map<String, StoredProfile> converged = everyone();
        IntStream.range(0, USERS).forEach(i ->
                assertThat(converged.get(username(i)).values()).isEqualTo(directoryValues(i)));
    }

    /** The backend ends itself halfway through inserting the values rows (one per user) of batch {@code k}, once. */
    private void killTheConnectionInBatch(int k) throws SQLException {
        long row = (long) (k - 1) * BATCH + BATCH / 2;
        sql("CREATE SEQUENCE profilesync_fault_rows",
                """
                CREATE FUNCTION profilesync_fault_kill() RETURNS trigger AS $$
                BEGIN
                  IF nextval('profilesync_fault_rows') = %d THEN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(row),
                "CREATE TRIGGER profilesync_fault_kill BEFORE INSERT ON \"AO_9FE343_PROFILE_FIELD_SET\" FOR EACH ROW "
                        + "EXECUTE FUNCTION profilesync_fault_kill()");
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private Map<String, StoredProfile> everyone() {
        return stores.profiles().load(IntStream.range(0, USERS).mapToObj(FaultDirectory::username).toList());
    }
}
