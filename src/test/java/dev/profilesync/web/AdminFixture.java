package dev.profilesync.web;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.LoginSyncCounts;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.core.port.RunLock;
import dev.profilesync.core.port.ScheduleInfo;
import dev.profilesync.core.port.SettingsStore;
import dev.profilesync.core.port.SyncHistory;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import dev.profilesync.testing.TestDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything the admin API needs, on real parts: the engine, a real LDAP directory and the store's tables on an
 * in-memory database. Only host concerns (who the users are, the run lock, read-only mode, the schedule) are small
 * test hosts here, as the standalone runner and Confluence supply their own.
 */
final class AdminFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneOffset.UTC;

    final TestDirectory directory;
    final AoStores stores;
    final AtomicBoolean readOnly = new AtomicBoolean();
    final TestSchedule schedule;
    final SettingsStore settings;
    /** The store the API and engine use: {@link #settings}, with field mappings that can be made managed elsewhere. */
    final ManagedFieldsStore portSettings;
    final ProfileStore profiles;
    final SyncHistory history;
    final DirectoryReader reader;
    final SyncEngine engine;
    final SyncPorts ports;
    final AdminApi api;

    AdminFixture(TestDirectory directory) {
        this.directory = directory;
        this.stores = EmbeddedStores.open(new DatabaseConfig("jdbc:hsqldb:mem:admin-" + UUID.randomUUID(), "SA", ""));
        this.settings = stores.settings();
        this.profiles = stores.profiles();
        this.history = stores.history();
        this.reader = directory.config().pageSize(100).connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30)).reader();
        settings.saveFields(List.of(
                FieldDefinition.text("department", "Department", "departmentNumber"),
                FieldDefinition.text("title", "Job title", "title"),
                FieldDefinition.text("email", "Email", "mail")));
        // Small batches, so progress moves during the few hundred users of a test.
        settings.saveSettings(settings.settings().withBatchSize(10));
        this.portSettings = new ManagedFieldsStore(settings);
        this.schedule = new TestSchedule(settings);
        DirectoryCatalog catalog = () -> List.of(reader);
        AccessMode accessMode = readOnly::get;
        this.ports = new SyncPorts(catalog, new DirectoryUsers(directory.usernames()), profiles, portSettings,
                history, accessMode, new LocalLock());
        this.engine = new SyncEngine(ports, Clock.systemUTC());
        this.api = new AdminApi(engine, ports, schedule, Clock.systemUTC(), ZONE, java.util.Optional.of(loginSyncs));
    }

    /** What the host's login sync reports; tests set the counts. */
    final java.util.concurrent.atomic.AtomicLong loginQueued = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong loginDropped = new java.util.concurrent.atomic.AtomicLong();
    private final LoginSyncCounts loginSyncs = new LoginSyncCounts() {
        @Override
        public long queued() {
            return loginQueued.get();
        }

        @Override
        public long dropped() {
            return loginDropped.get();
        }
    };

    @Override
    public void close() {
        api.close();
        stores.close();
    }

    /** The seeded people are the host's users, listed up front as Confluence lists them. */
    static final class DirectoryUsers implements HostUsers {
        private final List<String> usernames;

        DirectoryUsers(List<String> usernames) {
            this.usernames = List.copyOf(usernames);
        }

        @Override
        public List<HostUser> all() {
            return usernames.stream().map(HostUser::active).toList();
        }

        @Override
        public Optional<HostUser> byUsername(String username) {
            return Optional.of(HostUser.active(username));
        }
    }

    /** One run at a time within this JVM. */
    static final class LocalLock implements RunLock {
        private final Set<String> held = ConcurrentHashMap.newKeySet();

        @Override
        public Optional<Lease> tryAcquire(String name) {
            return held.add(name) ? Optional.of(() -> held.remove(name)) : Optional.empty();
        }
    }

    /** A schedule kept in the settings, as the standalone runner keeps it, with a simple shape check. */
    static final class TestSchedule implements HostSchedule {
        private final SettingsStore settings;
        volatile boolean editable = true;

        TestSchedule(SettingsStore settings) {
            this.settings = settings;
        }

        @Override
        public ScheduleInfo current() {
            return new ScheduleInfo(ScheduleInfo.JOB_NAME, settings.settings().schedule(),
                    Optional.of(Instant.parse("2030-01-01T01:11:00Z")), true, editable,
                    editable ? Optional.empty() : Optional.of("/admin/scheduledjobs/viewscheduledjobs.action"));
        }

        @Override
        public void update(String cron) {
            int parts = cron.trim().split("\\s+").length;
            if (parts < 6 || parts > 7) {
                throw new InvalidSettingException("cron", "schedule.cron.invalid",
                        "'" + cron + "' is not a cron expression: write seconds, minutes, hours, day of month, month "
                                + "and day of week, e.g. 0 11 1 * * ?");
            }
            settings.saveSettings(settings.settings().withSchedule(cron));
        }
    }

    static Map<String, String> noQuery() {
        return Map.of();
    }
}
