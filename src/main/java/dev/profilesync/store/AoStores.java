package dev.profilesync.store;

import java.time.Clock;
import java.util.List;

import dev.profilesync.core.ProfileStore;
import dev.profilesync.core.SettingsStore;
import dev.profilesync.core.SyncHistory;
import net.java.ao.RawEntity;

/**
 * The engine's storage ports over Active Objects tables. {@link #open(DatabaseConfig)} is for the standalone host and
 * tests (AO's own EntityManager on HSQLDB or PostgreSQL); Confluence's binding uses {@link #over(AoAccess)} with its
 * ActiveObjects service. Thread-safe.
 */
public final class AoStores implements AutoCloseable {
    private static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(ProfileEntity.class,
            ProfileValueEntity.class, FieldDefinitionEntity.class, SettingEntity.class, SyncRunEntity.class);

    private final AoAccess access;
    private final ProfileStore profiles;
    private final SettingsStore settings;
    private final SyncHistory history;
    private final Runnable release;

    private AoStores(AoAccess ao, Runnable release) {
        this.access = ao;
        this.profiles = new AoProfileStore(ao, Clock.systemUTC());
        this.settings = new AoSettingsStore(ao);
        this.history = new AoSyncHistory(ao);
        this.release = release;
    }

    /**
     * Connects to the database and creates or updates the tables. Fails with a {@link StoreException} when the
     * database cannot be reached, or an {@link dev.profilesync.core.InvalidSettingException} for an unsupported URL.
     */
    public static AoStores open(DatabaseConfig database) {
        EntityManagerAccess access = new EntityManagerAccess(AoDatabase.connect(database));
        try {
            access.migrate(ENTITIES.toArray(Class[]::new));
        } catch (RuntimeException e) {
            access.dispose();
            throw e;
        }
        return new AoStores(access, access::dispose);
    }

    /**
     * The stores over a host's Active Objects. The host creates the tables: Confluence migrates the entities of the
     * plugin's {@code <ao>} module, which must list {@link #entities()}.
     */
    public static AoStores over(AoAccess ao) {
        return new AoStores(ao, () -> { });
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

    AoAccess access() {
        return access;
    }

    /** Releases the database connections of {@link #open}; does nothing for {@link #over}. */
    @Override
    public void close() {
        release.run();
    }
}
