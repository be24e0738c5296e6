package dev.profilesync.confluence;

import com.atlassian.confluence.event.events.security.LoginEvent;
import com.atlassian.event.api.EventPublisher;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.RunLock;
import dev.profilesync.faults.FaultDirectory;
import dev.profilesync.faults.FaultProxy;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * 1,000 logins in 10 s from 250 people, with login sync on and a directory that takes 200 ms more per search (the
 * real slapd behind {@link FaultProxy}): the listener holds a login under 1 ms (p99), the queue stays bounded,
 * repeated logins coalesce, every login sync that was queued either reaches the directory or is counted as dropped,
 * and the directory is asked at most once per person. Confluence's event types are Mockito stand-ins; the engine,
 * the LDAP reader and the store are real.
 */
class LoginStormTest {
    /** 1,000 (10 s), or more for the long run (see docs/testing.md). */
    private static final int LOGINS = Integer.getInteger("profilesync.faults.logins", 1_000);
    private static final int PEOPLE = LOGINS / 4;
    private static final long SPACING_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final Map<String, AtomicInteger> directoryReads = new ConcurrentHashMap<>();
    private FaultProxy proxy;
    private AoStores stores;
    private LdapDirectoryReader reader;
    private ThreadPoolExecutor executor;
    private LoginSyncListener listener;

    @BeforeEach
    void slowDirectoryAndLoginSyncOn() throws Exception {
        assumeTrue(FaultDirectory.available(), "no slapd: run through .ci/test-env.sh (see docs/testing.md)");
        FaultDirectory.seeded();
        proxy = FaultProxy.toLdap(System.getProperty("profilesync.slapd.url"));
        proxy.delaySearches(Duration.ofMillis(200));
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("login-storm"));
        stores.settings().saveFields(FaultDirectory.fields());
        stores.settings().saveSettings(stores.settings().settings().withLoginSync(true));
        reader = new LdapDirectoryReader(FaultDirectory.config(proxy.url(), Duration.ofSeconds(5)));
        SyncEngine engine = new SyncEngine(new SyncPorts(catalogOf(counting(reader)), new AnyFaultPerson(),
                stores.profiles(), stores.settings(), stores.history(), AccessMode.READ_WRITE, new OneNodeLock()),
                Clock.systemUTC());
        executor = LoginSyncExecutor.create();
        listener = new LoginSyncListener(mock(EventPublisher.class), new EngineService(engine, stores), executor,
                new LoginCoalescer(Clock.systemUTC(), LoginSyncListener.COALESCING_WINDOW));
    }

    @AfterEach
    void close() throws Exception {
        if (proxy != null) {
            executor.shutdownNow();
            reader.close();
            stores.close();
            proxy.close();
        }
    }

    @Test
    void aLoginStormNeverHoldsUpALoginAndNeverLosesASyncSilently() throws Exception {
        List<LoginEvent> logins = logins();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wallNanos = new long[LOGINS];
        long[] heldNanos = new long[LOGINS];
        int waited = 0;
        int maxQueued = 0;

        long start = System.nanoTime();
        for (int i = 0; i < LOGINS; i++) {
            LockSupport.parkNanos(start + i * SPACING_NANOS - System.nanoTime());
            LoginEvent login = logins.get(i);
            long waitsBefore = waitsOf(threads);
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long before = System.nanoTime();
            listener.onLogin(login);
            wallNanos[i] = System.nanoTime() - before;
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            boolean parked = waitsOf(threads) != waitsBefore;
            // Without a lock wait or park, all time beyond the CPU's was the operating system running someone else.
            heldNanos[i] = parked ? wallNanos[i] : cpu;
            waited += parked ? 1 : 0;
            maxQueued = Math.max(maxQueued, executor.getQueue().size());
        }
        // The storm is over: the syncs it queued finish before the listener goes. Unregistering at once would
        // interrupt the one running, whose read the test counted but whose search may not have reached the server.
        awaitIdle(executor);
        listener.unregister();

        assertThat(p99(heldNanos)).as("p99 of the time the listener held a login, in ns (%d of %d logins waited "
                + "on a lock)", waited, LOGINS).isLessThan(TimeUnit.MILLISECONDS.toNanos(1));
        assertWallClockP99UnderOneMillisecond(wallNanos);
        assertThat(maxQueued).isLessThanOrEqualTo(LoginSyncExecutor.QUEUE);
        assertThat(listener.queued()).as("logins left after coalescing").isLessThan(LOGINS);
        assertThat(listener.dropped()).as("syncs dropped by the full queue, counted").isPositive();
        long reads = directoryReads.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(reads + listener.dropped()).as("every queued sync either read the directory or was counted")
                .isEqualTo(listener.queued());
        assertThat(directoryReads.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(proxy.count(FaultProxy.Direction.TO_SERVER, FaultProxy.SEARCH_REQUEST)).isEqualTo(reads);
    }

    private static void awaitIdle(ThreadPoolExecutor executor) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /**
     * Wall-clock time includes every moment the operating system gives the CPU to someone else. On a machine loaded
     * beyond its cores (shared CI, four builds at once) that alone passes 1 ms at the 99th percentile, so there the
     * check is left to the time the listener itself held the login (above), and the wall-clock figures are printed.
     */
    private static void assertWallClockP99UnderOneMillisecond(long[] wallNanos) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        String figures = String.format("wall clock: median %d ns, p99 %d ns; load average %.1f on %d cores",
                percentile(wallNanos, 50), p99(wallNanos), load, cores);
        System.out.println("Login storm " + figures);
        if (load <= cores) {
            assertThat(p99(wallNanos)).as(figures).isLessThan(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static long waitsOf(ThreadMXBean threads) {
        ThreadInfo info = threads.getThreadInfo(Thread.currentThread().getId());
        return info.getBlockedCount() + info.getWaitedCount();
    }

    private static long p99(long[] values) {
        return percentile(values, 99);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, sorted.length * percent / 100 - 1)];
    }

    /** 1,000 logins of 250 people in random order; Mockito stubs are made and touched before the clock runs. */
    private static List<LoginEvent> logins() {
        Random random = new Random(9);
        return IntStream.range(0, LOGINS).mapToObj(i -> {
            LoginEvent event = mock(LoginEvent.class, withSettings().stubOnly());
            when(event.getUsername()).thenReturn(FaultDirectory.username(random.nextInt(PEOPLE)));
            event.getUsername();
            return event;
        }).toList();
    }

    /** The real reader, counting single-user reads per username. */
    private DirectoryReader counting(DirectoryReader real) {
        return (DirectoryReader) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DirectoryReader.class}, (self, method, args) -> {
                    if (method.getName().equals("readUser")) {
                        directoryReads.computeIfAbsent((String) args[0], name -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static DirectoryCatalog catalogOf(DirectoryReader reader) {
        return () -> List.of(reader);
    }

    /** The host knows every person of the fault directory; none is listed up front. */
    private static final class AnyFaultPerson implements HostUsers {
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

    /** What the listener needs of the runtime, over the real engine and store. */
    private record EngineService(SyncEngine engine, AoStores stores) implements SyncService {
        @Override
        public SyncReport run(SyncRequest request) {
            return engine.run(request);
        }

        @Override
        public SyncSettings settings() {
            return stores.settings().settings();
        }

        @Override
        public boolean readOnly() {
            return false;
        }
    }
}
