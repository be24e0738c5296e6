package dev.profilesync.store;

import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.core.port.SettingsStore;
import dev.profilesync.core.port.SyncHistory;
import dev.profilesync.core.port.WriteAccounts;
import dev.profilesync.core.port.WriteBackAudit;
import net.java.ao.RawEntity;

import java.time.Clock;
import java.util.List;

/**
 * The engine's storage ports over Active Objects tables. Confluence's binding uses {@link #over(AoAccess)} with its
 * ActiveObjects service; the standalone host and the tests open AO's own EntityManager on HSQLDB or PostgreSQL
 * through {@code dev.profilesync.store.embedded.EmbeddedStores}, which the plugin jar leaves out. Thread-safe.
 */
public final class AoStores implements AutoCloseable {
    private static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(ProfileEntity.class,
            ProfileFieldsEntity.class, ProfileValueEntity.class, FieldDefinitionEntity.class, SettingEntity.class,
            SyncRunEntity.class, ProfilePictureEntity.class, WriteBackEntity.class);

    private final AoAccess access;
    private final ProfileStore profiles;
    private final SettingsStore settings;
    private final SyncHistory history;
    private final WriteBackAudit writeBacks;
    private final WriteAccounts writeAccounts;
    private final Runnable release;

    private AoStores(AoAccess ao, Runnable release) {
        this.access = ao;
        this.profiles = new AoProfileStore(ao, Clock.systemUTC());
        this.settings = new AoSettingsStore(ao);
        this.history = new AoSyncHistory(ao);
        this.writeBacks = new AoWriteBackAudit(ao);
        this.writeAccounts = new AoWriteAccounts(ao);
        this.release = release;
    }

    /**
     * The stores over a host's Active Objects. The host creates the tables: Confluence migrates the entities of the
     * plugin's {@code <ao>} module, which must list {@link #entities()}.
     */
    public static AoStores over(AoAccess ao) {
        return new AoStores(ao, () -> { });
    }

    /**
     * The stores over an Active Objects the caller opened and migrated itself (the standalone host's embedded
     * database, {@code store.embedded}); {@code release} runs on {@link #close()}.
     */
    public static AoStores over(AoAccess ao, Runnable release) {
        return new AoStores(ao, release);
    }

    /** The entity classes, for the host's {@code <ao>} module. */
    public static List<Class<? extends RawEntity<?>>> entities() {
        return ENTITIES;
    }

    public ProfileStore profiles() {
        return profiles;
    }

    public SettingsStore settings() {
        return settings;
    }

    public SyncHistory history() {
        return history;
    }

    public WriteBackAudit writeBacks() {
        return writeBacks;
    }

    /** Write accounts the host keeps itself (Confluence: per Crowd directory id). */
    public WriteAccounts writeAccounts() {
        return writeAccounts;
    }

    AoAccess access() {
        return access;
    }

    /** Runs the release given to {@link #over(AoAccess, Runnable)}; does nothing for {@link #over(AoAccess)}. */
    @Override
    public void close() {
        release.run();
    }
}
