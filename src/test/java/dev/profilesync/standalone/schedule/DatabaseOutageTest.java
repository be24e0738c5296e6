package dev.profilesync.standalone.schedule;

import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.RunLock;
import dev.profilesync.core.port.ScheduleInfo;
import dev.profilesync.faults.FaultDatabases;
import dev.profilesync.faults.FaultDirectory;
import dev.profilesync.faults.FaultProxy;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import dev.profilesync.web.AdminApi;
import dev.profilesync.web.ApiRequest;
import dev.profilesync.web.ApiResponse;
import dev.profilesync.web.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL goes away (every connection cut, new ones refused, through {@link FaultProxy}) while the admin API
 * and the scheduled job are up, then comes back: during the outage the API answers with an error instead of hanging
 * and the job keeps its schedule alive; afterwards both work again on the same pool, without a restart.
 */
class DatabaseOutageTest {
    private static final Caller ADMIN = Caller.admin("admin", "token");

    private FaultProxy proxy;
    private AoStores stores;
    private LdapDirectoryReader reader;
    private AdminApi api;
    private ScheduledSyncJob job;

    @BeforeEach
    void overPostgresThroughAProxy() throws Exception {
        assumeTrue(FaultDirectory.available(), "no slapd: run through .ci/test-env.sh (see docs/testing.md)");
        Optional<DatabaseConfig> postgres = FaultDatabases.postgres();
        assumeTrue(postgres.isPresent(), "no PostgreSQL: run through .ci/test-env.sh");
        FaultDirectory.seeded();
        InetSocketAddress server = FaultDatabases.postgresAddress(postgres.get());
        proxy = FaultProxy.toTcp(server.getHostString(), server.getPort());
        stores = EmbeddedStores.open(FaultDatabases.through(postgres.get(), proxy));
        FaultDatabases.empty(postgres.get());
        stores.settings().saveFields(FaultDirectory.fields());
        reader = new LdapDirectoryReader(FaultDirectory.config(System.getProperty("profilesync.slapd.url"),
                Duration.ofSeconds(10), "(&(objectClass=inetOrgPerson)(uid=fault00*))"));
        List<DirectoryReader> directories = List.of(reader);
        SyncPorts ports = new SyncPorts(() -> directories, new AnyPerson(), stores.profiles(), stores.settings(),
                stores.history(), AccessMode.READ_WRITE, new OneNodeLock());
        SyncEngine engine = new SyncEngine(ports, Clock.systemUTC());
        api = new AdminApi(engine, ports, new StoredSchedule(stores), Clock.systemUTC(), ZoneOffset.UTC);
        job = new ScheduledSyncJob(new ScheduledSyncJob.Engine() {
            @Override
            public SyncReport run(SyncRequest request) {
                return engine.run(request);
            }

            @Override
            public boolean isRunning() {
                return engine.progress().running();
            }
        }, () -> stores.settings().settings(), () -> true, Clock.systemUTC(), ScheduleFloor.ofMinutes(0),
                Duration.ofMillis(200));
    }

    @AfterEach
    void close() throws Exception {
        if (proxy != null) {
            job.close();
            api.close();
            reader.close();
            stores.close();
            proxy.close();
        }
    }

    @Test
    void theAdminApiAndTheScheduledJobSurviveAnOutageAndWorkAgainWithoutARestart() throws Exception {
        job.start();
        assertThat(job.runOnce()).get().extracting(SyncReport::outcome).isEqualTo(SyncOutcome.SUCCESS);
        assertThat(api.handle(ApiRequest.get("history", Map.of(), ADMIN)).status()).isEqualTo(200);

        proxy.outage(true);

        long start = System.nanoTime();
        ApiResponse duringOutage = api.handle(ApiRequest.get("history", Map.of(), ADMIN));
        assertThat(duringOutage.status()).isEqualTo(500);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("seconds to answer").isLessThan(10);
        job.reschedule();
        assertThat(job.nextRun()).as("no schedule could be read while the database was down").isEmpty();

        proxy.outage(false);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (job.nextRun().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(job.nextRun()).as("the job planned its next run again").isPresent();
        assertThat(api.handle(ApiRequest.get("history", Map.of(), ADMIN)).status()).isEqualTo(200);
        assertThat(job.runOnce()).get().extracting(SyncReport::outcome).isEqualTo(SyncOutcome.SUCCESS);
    }

    /** Every person of the fault directory is a user of the host. */
    private static final class AnyPerson implements HostUsers {
        @Override
        public List<HostUser> all() {
            return List.of();
        }

        @Override
        public Optional<HostUser> byUsername(String username) {
            return Optional.of(HostUser.active(username));
        }
    }

    /** A run lock of one node. */
    private static final class OneNodeLock implements RunLock {
        private final Map<String, Boolean> held = new ConcurrentHashMap<>();

        @Override
        public Optional<Lease> tryAcquire(String name) {
            return held.putIfAbsent(name, Boolean.TRUE) == null ? Optional.of(() -> held.remove(name))
                    : Optional.empty();
        }
    }

    /** The schedule as the standalone runner keeps it: in the settings. */
    private record StoredSchedule(AoStores stores) implements HostSchedule {
        @Override
        public ScheduleInfo current() {
            return new ScheduleInfo(ScheduleInfo.JOB_NAME, stores.settings().settings().schedule(), Optional.empty(),
                    true, true, Optional.empty());
        }

        @Override
        public void update(String cron) {
            stores.settings().saveSettings(stores.settings().settings().withSchedule(cron));
        }
    }
}
