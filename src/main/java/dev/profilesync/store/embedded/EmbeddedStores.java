package dev.profilesync.store.embedded;

import dev.profilesync.store.AoStores;

/**
 * The stores on a database the process opens itself: AO's own EntityManager over a small pool on HSQLDB or
 * PostgreSQL, for the standalone runner and the tests. Lives apart from the store adapter because it needs HikariCP,
 * the JDBC drivers and AO's database providers, which Confluence never loads: the plugin jar leaves this package out.
 */
public final class EmbeddedStores {
    private EmbeddedStores() {
    }

    /**
     * Connects to the database and creates or updates the tables. Fails with a
     * {@link dev.profilesync.store.StoreException} when the database cannot be reached, or an
     * {@link dev.profilesync.core.InvalidSettingException} for an unsupported URL.
     */
    @SuppressWarnings("unchecked")
    public static AoStores open(DatabaseConfig database) {
        EntityManagerAccess access = new EntityManagerAccess(AoDatabase.connect(database));
        try {
            access.migrate(AoStores.entities().toArray(Class[]::new));
        } catch (RuntimeException e) {
            access.dispose();
            throw e;
        }
        return AoStores.over(access, access::dispose);
    }
}
