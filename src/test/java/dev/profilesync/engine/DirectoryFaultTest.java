package dev.profilesync.engine;

import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.faults.FaultDirectory;
import dev.profilesync.faults.FaultProxy;
import dev.profilesync.faults.FaultProxy.Action;
import dev.profilesync.faults.FaultProxy.Direction;
import dev.profilesync.faults.FaultProxy.Fault;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static dev.profilesync.faults.FaultDirectory.directoryValues;
import static dev.profilesync.faults.FaultDirectory.isStale;
import static dev.profilesync.faults.FaultDirectory.isSyncedWithoutClears;
import static dev.profilesync.faults.FaultDirectory.username;
import static dev.profilesync.faults.FaultProxy.BIND_REQUEST;
import static dev.profilesync.faults.FaultProxy.SEARCH_REQUEST;
import static dev.profilesync.faults.FaultProxy.SEARCH_RESULT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The directory drops or hangs at ten points of a 5,000-user full sync (and of a single-user sync) against the real
 * slapd, through {@link FaultProxy}: the run ends FAILED naming the directory, users whose entries were not read keep
 * every stored value, no value is cleared, the last sync date stays, and the next run converges. The table of cases is
 * in docs/testing.md.
 */
class DirectoryFaultTest {
    private static final int USERS = FaultDirectory.USERS;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final Instant LAST_SYNC = Instant.parse("2026-01-02T03:04:05Z");
    private static final int SINGLE = 4_321;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static FaultProxy proxy;

    private final TestHost host = new TestHost();
    private AoStores stores;
    private SyncEngine engine;

    /** Where the directory fails; single-user cases sync {@link #SINGLE} alone. */
    enum Case {
        CUT_BEFORE_BIND(Direction.TO_SERVER, BIND_REQUEST, 1, Action.CUT, false),
        STALL_BEFORE_BIND(Direction.TO_SERVER, BIND_REQUEST, 1, Action.STALL, false),
        CUT_AFTER_BIND(Direction.TO_SERVER, SEARCH_REQUEST, 1, Action.CUT, false),
        CUT_INSIDE_FIRST_PAGE(Direction.TO_CLIENT, SEARCH_RESULT_ENTRY, 101, Action.CUT, false),
        STALL_INSIDE_FIRST_PAGE(Direction.TO_CLIENT, SEARCH_RESULT_ENTRY, 101, Action.STALL, false),
        CUT_BETWEEN_PAGES(Direction.TO_SERVER, SEARCH_REQUEST, 2, Action.CUT, false),
        STALL_BETWEEN_PAGES(Direction.TO_SERVER, SEARCH_REQUEST, 2, Action.STALL, false),
        CUT_INSIDE_LAST_PAGE(Direction.TO_CLIENT, SEARCH_RESULT_ENTRY, USERS - 99, Action.CUT, false),
        CUT_DURING_SINGLE_USER_SYNC(Direction.TO_CLIENT, SEARCH_RESULT_ENTRY, 1, Action.CUT, true),
        STALL_DURING_SINGLE_USER_SYNC(Direction.TO_SERVER, SEARCH_REQUEST, 1, Action.STALL, true);

        final Fault fault;
        final boolean singleUser;

        Case(Direction direction, int op, int occurrence, Action action, boolean singleUser) {
            this.fault = new Fault(direction, op, occurrence, action);
            this.singleUser = singleUser;
        }
    }

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

    @BeforeEach
    void staleStoreAfterAnEarlierSync() {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("directory-faults" + DATABASES.incrementAndGet()));
        IntStream.range(0, USERS).forEach(i -> host.withUsers(username(i)));
        host.readers.add(new LdapDirectoryReader(FaultDirectory.config(proxy.url(), READ_TIMEOUT)));
        engine = new SyncEngine(new SyncPorts(host, host, stores.profiles(), stores.settings(), stores.history(),
                host, host), Clock.systemUTC());
        stores.settings().saveFields(FaultDirectory.fields());
        stores.profiles().write(FaultDirectory.staleProfiles(USERS));
        stores.settings().saveState(new SyncState(Optional.of(LAST_SYNC), "", USERS));
    }

    @AfterEach
    void heal() {
        proxy.heal();
        host.readers.forEach(reader -> ((LdapDirectoryReader) reader).close());
        stores.close();
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void aDirectoryFailureChangesNothingItDidNotReadAndTheNextRunConverges(Case failure) {
        proxy.inject(failure.fault);

        SyncReport failed = engine.run(request(failure));

        assertThat(proxy.timesTriggered()).as("the fault was reached").isPositive();
        assertThat(failed.outcome()).isIn(SyncOutcome.FAILED, SyncOutcome.PARTIAL);
        assertThat(failed.errors()).anySatisfy(error -> assertThat(error).contains("'Fault directory'"));
        assertThat(stores.settings().state().lastSyncTime()).contains(LAST_SYNC);
        Map<String, StoredProfile> stored = everyone();
        long synced = IntStream.range(0, USERS).filter(i -> isSyncedWithoutClears(stored.get(username(i)), i)).count();
        assertThat(synced).as("users whose values changed").isEqualTo(failed.updated())
                .isLessThanOrEqualTo(failed.directories().get("Fault directory").entriesRead());
        IntStream.range(0, USERS).forEach(i -> assertThat(isStale(stored.get(username(i)))
                || isSyncedWithoutClears(stored.get(username(i)), i))
                .as("%s is either untouched or synced, and kept its phone", username(i)).isTrue());

        proxy.heal();
        SyncReport next = engine.run(request(failure));

        assertThat(next.outcome()).as(String.join("; ", next.errors())).isEqualTo(SyncOutcome.SUCCESS);
        Map<String, StoredProfile> converged = everyone();
        (failure.singleUser ? IntStream.of(SINGLE) : IntStream.range(0, USERS)).forEach(i ->
                assertThat(converged.get(username(i)).values()).isEqualTo(directoryValues(i)));
        if (!failure.singleUser) {
            assertThat(stores.settings().state().lastSyncTime()).get().isNotEqualTo(LAST_SYNC);
        }
    }

    private static SyncRequest request(Case failure) {
        return failure.singleUser ? SyncRequest.user(username(SINGLE), SyncTrigger.LOGIN)
                : SyncRequest.full(SyncTrigger.SCHEDULED);
    }

    private Map<String, StoredProfile> everyone() {
        return stores.profiles().load(IntStream.range(0, USERS).mapToObj(FaultDirectory::username).toList());
    }
}
