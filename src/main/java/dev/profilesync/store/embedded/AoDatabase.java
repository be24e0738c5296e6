package dev.profilesync.store.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.store.AoTablePrefix;
import dev.profilesync.store.StoreException;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import java.util.Locale;
import java.util.function.Function;

/**
 * Opens AO's {@link EntityManager} on a JDBC database for the standalone host: a small connection pool, the
 * database's AO provider, and the name converters Confluence's AO plugin uses, with the plugin's table prefix, so the
 * tables are named as in Confluence. AO's own builder is not used because it only opens unpooled connections (one
 * per statement), see docs/storage.md.
 */
public final class AoDatabase {
    private static final int POOL_SIZE = 4;

    private AoDatabase() {
    }

    public static EntityManager connect(DatabaseConfig database) {
        Function<DisposableDataSource, DatabaseProvider> provider = provider(database);
        HikariDataSource pool = pool(database);
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close);
        return new EntityManager(provider.apply(dataSource), new Configuration(AoTablePrefix.PREFIX));
    }

    private static HikariDataSource pool(DatabaseConfig database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("profile-sync-store");
        if (database.jdbcUrl().startsWith("jdbc:hsqldb:")) {
            config.setDataSource(new KeptCompiledSql(database));
        } else {
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(database.user());
            config.setPassword(database.password());
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        // While the database is down, a caller (the admin page, the scheduled job) gets an error after 5 s instead of
        // Hikari's default 30 s; the pool reconnects by itself once the database is back.
        config.setConnectionTimeout(5_000);
        if (database.jdbcUrl().startsWith("jdbc:postgresql:")) {
            // Sends a JDBC batch of inserts as multi-row INSERTs: the bulk writes of a sync ran 2 to 3 times faster.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        if (database.jdbcUrl().startsWith("jdbc:hsqldb:")) {
            // An embedded database closes when its last connection does (shutdown=true; an in-memory one is then
            // gone), so the pool never retires its connections.
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database " + database.redactedUrl() + " as user '"
                    + database.user() + "': " + rootMessage(e) + ": check the database URL, user and password", e);
        }
    }

    private static Function<DisposableDataSource, DatabaseProvider> provider(DatabaseConfig database) {
        String url = database.jdbcUrl();
        if (url.startsWith("jdbc:hsqldb:")) {
            return HSQLDatabaseProvider::new;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return dataSource -> new PostgreSQLDatabaseProvider(dataSource, "public");
        }
        throw new InvalidSettingException("database.url", "database.unsupported", "database " + database.redactedUrl()
                + " is not supported: use an HSQLDB (jdbc:hsqldb:...) or PostgreSQL (jdbc:postgresql://...) URL");
    }

    /** Table, column, index and constraint names as Confluence's AO plugin makes them, with this table prefix. */
    public static NameConverters nameConverters(String prefix) {
        return new SimpleNameConverters(new AtlassianTableNameConverter(prefix::concat), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Names as Confluence's AO plugin makes them; only tables with our prefix are ever touched. */
    private record Configuration(String prefix) implements EntityManagerConfiguration {
        @Override
        public boolean useWeakCache() {
            return true;
        }

        @Override
        public NameConverters getNameConverters() {
            return nameConverters(prefix);
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return (tableName, caseSensitive) -> caseSensitive ? tableName.startsWith(prefix)
                    : tableName.toUpperCase(Locale.ROOT).startsWith(prefix);
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
