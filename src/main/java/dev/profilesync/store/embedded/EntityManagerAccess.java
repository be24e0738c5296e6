package dev.profilesync.store.embedded;

import dev.profilesync.store.AoAccess;
import dev.profilesync.store.StoreException;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link AoAccess} over AO's own {@link EntityManager}, for the standalone host and the tests. SQL errors become
 * {@link StoreException}s that keep the cause. A transaction started inside another on the same thread joins it,
 * as Confluence's transaction template does. Bulk inserts go through {@link JdbcBatchInsert}, not AO 3.2.11's bulk
 * create, which is row by row on HSQLDB and 2 to 3 times slower on PostgreSQL (see docs/storage.md); pages by ID
 * and rows by a list of values through {@link JdbcRead}, without AO's entity proxy per row.
 */
public final class EntityManagerAccess implements AoAccess {
    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run("creating or updating the tables", () -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return run("inserting into " + type.getSimpleName(), () -> entityManager.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        run("inserting " + rows.size() + " rows into " + type.getSimpleName(), () -> {
            JdbcBatchInsert.insert(entityManager, type, rows);
            return null;
        });
    }

    /** The IDs come from the batch insert itself (JDBC generated keys), with no read back. */
    @Override
    public <T extends Entity> Map<String, Integer> createReturningIds(Class<T> type, List<Map<String, Object>> rows,
                                                                      String keyColumn, Function<T, String> keyOf) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return run("inserting " + rows.size() + " rows into " + type.getSimpleName(),
                () -> JdbcBatchInsert.insertReturningIds(entityManager, type, rows, keyColumn));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run("reading " + type.getSimpleName(), () -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        run("reading " + type.getSimpleName(), () -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<Integer>> void pageById(Class<T> type, List<String> columns, int afterId, int limit,
                                                        Function<T, Object[]> fromEntity, Consumer<Object[]> visitor) {
        run("reading " + type.getSimpleName(), () -> {
            JdbcRead.page(entityManager, type, columns, afterId, limit, visitor);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void selectIn(Class<T> type, List<String> columns, String column,
                                                     List<?> values, Function<T, Object[]> fromEntity,
                                                     Consumer<Object[]> visitor) {
        run("reading " + type.getSimpleName(), () -> {
            JdbcRead.whereIn(entityManager, type, columns, column, values, visitor);
            return null;
        });
    }

    @Override
    public <T extends Entity> int highestId(Class<T> type) {
        return run("reading " + type.getSimpleName(), () -> JdbcRead.highestId(entityManager, type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run("counting " + type.getSimpleName(), () -> entityManager.count(type, query));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run("deleting from " + type.getSimpleName(), () -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    @SafeVarargs
    public final boolean refreshStatistics(long rowsInserted, Class<? extends RawEntity<?>>... entities) {
        return run("refreshing the statistics of the profile tables",
                () -> PostgresStatistics.refresh(entityManager, rowsInserted, entities));
    }

    /** Each thread's transaction is its own (a thread-local flag) on its own pooled connection. */
    @Override
    public boolean transactionsOnAnyThread() {
        return true;
    }

    @Override
    public <T> T executeInTransaction(Supplier<T> work) {
        if (inTransaction.get()) {
            return work.get();
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return work.get();
                }
            }.execute();
        } catch (SQLException e) {
            throw new StoreException("the transaction could not be committed and was rolled back: " + e.getMessage(), e);
        } finally {
            inTransaction.remove();
        }
    }

    /** Releases the entity manager's connections; the access is unusable afterwards. */
    public void dispose() {
        entityManager.getProvider().dispose();
    }

    private static <T> T run(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
