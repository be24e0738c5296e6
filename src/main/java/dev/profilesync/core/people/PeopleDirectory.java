package dev.profilesync.core.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.core.port.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The read side's entry point: hands out the current {@link PeopleIndex} and keeps it fresh. The first call builds
 * the index on the caller's thread; after that callers never wait: every few seconds one background thread asks
 * the store whether anything changed (its change stamp, the field definitions, the policies) and rebuilds when it
 * did, or when the index is older than {@code maxAge} (licences and deactivations leave no stamp). On a cluster each
 * node keeps its own index and sees another node's sync through the shared database within seconds.
 *
 * <p>Thread-safe. {@link #close()} stops the background thread.
 */
public final class PeopleDirectory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeopleDirectory.class);
    public static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** How long the first caller waits for the first read before it is told the directory is being read. */
    public static final Duration FIRST_READ_WAIT = Duration.ofSeconds(3);
    private static final PeopleIndex READING = PeopleIndex.reading();

    private final PeopleLoader loader;
    private final ProfileStore profiles;
    private final SettingsStore settings;
    private final Clock clock;
    private final ExecutorService refresher;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** Held while reading the stores, so an older read never replaces a newer one. */
    private final Object building = new Object();
    private volatile Snapshot current;
    private volatile Instant lastCheck = Instant.MIN;
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<?>> firstRead =
            new java.util.concurrent.atomic.AtomicReference<>();

    private record Snapshot(PeopleIndex index, Stamp stamp, Instant builtAt) {
    }

    /** What, when it changes, makes the index stale. */
    private record Stamp(String store, List<FieldDefinition> fields, SyncSettings policies) {
    }

    public PeopleDirectory(ProfileStore profiles, SettingsStore settings, HostUsers hostUsers, Clock clock) {
        this.loader = new PeopleLoader(profiles, hostUsers);
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        this.refresher = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "profile-sync-people-index");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The current index, possibly a few seconds old. The first call starts the first read of the stores in the
     * background and waits for it up to {@link #FIRST_READ_WAIT}; a large directory takes longer (seconds at
     * 100,000 people, more where the host's user lookups are slow), and then a placeholder that
     * {@linkplain PeopleIndex#isReading() says so} is returned, so no page or macro holds a request thread for it.
     */
    public PeopleIndex index() {
        Snapshot snapshot = current;
        if (snapshot == null) {
            return awaitFirstRead();
        }
        Instant now = clock.instant();
        if (now.isAfter(lastCheck.plus(CHECK_EVERY)) && refreshing.compareAndSet(false, true)) {
            lastCheck = now;
            refresher.execute(this::refreshIfStale);
        }
        return snapshot.index();
    }

    private PeopleIndex awaitFirstRead() {
        java.util.concurrent.Future<?> read = firstRead.updateAndGet(existing -> existing != null ? existing
                : refresher.submit(this::readFirst));
        try {
            read.get(FIRST_READ_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return READING;
        } catch (java.util.concurrent.ExecutionException e) {
            // The read failed (database down?): the next call starts another; the caller sees "being read".
            firstRead.compareAndSet(read, null);
            LOG.warn("Reading the People Directory failed", e.getCause());
            return READING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return READING;
        }
        Snapshot snapshot = current;
        return snapshot == null ? READING : snapshot.index();
    }

    private void readFirst() {
        synchronized (building) {
            if (current == null) {
                current = build(stamp());
            }
        }
    }

    /** Rebuilds now, on the caller's thread, whatever the stamp says: after a sync the host wants to show at once. */
    public PeopleIndex refresh() {
        synchronized (building) {
            Snapshot snapshot = build(stamp());
            current = snapshot;
            return snapshot.index();
        }
    }

    private void refreshIfStale() {
        try {
            synchronized (building) {
                Stamp stamp = stamp();
                Snapshot snapshot = current;
                boolean old = clock.instant().isAfter(snapshot.builtAt().plus(MAX_AGE));
                if (old || !stamp.equals(snapshot.stamp())) {
                    current = build(stamp);
                }
            }
        } catch (RuntimeException e) {
            // The old index keeps serving; the next check tries again.
            LOG.warn("Refreshing the People Directory failed; showing the last one read", e);
        } finally {
            refreshing.set(false);
        }
    }

    private Stamp stamp() {
        SyncSettings policies = settings.settings();
        return new Stamp(profiles.changeStamp().orElse(""), settings.fields(),
                SyncSettings.defaults().withActiveUserPolicy(policies.activeUserPolicy())
                        .withUnlicensedPolicy(policies.unlicensedPolicy()));
    }

    private Snapshot build(Stamp stamp) {
        long start = System.nanoTime();
        PeopleIndex index = loader.load(stamp.fields(), stamp.policies());
        if (LOG.isDebugEnabled()) {
            // listedCount() counts a bit set of every user: counted only when the line is written.
            LOG.debug("People Directory read: {} listed in {} ms", index.listedCount(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return new Snapshot(index, stamp, clock.instant());
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
