package dev.profilesync.store;

import dev.profilesync.store.embedded.AoDatabase;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EntityManagerAccess;
import net.java.ao.Entity;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Passes every call to the real access and counts it (and its time) per kind and entity, e.g.
 * {@code "delete ProfileValueEntity"}: shows how many statements a store operation costs.
 */
final class CountingAccess implements AoAccess {
    private final AoAccess delegate;
    private final Map<String, long[]> calls = new TreeMap<>();

    /** A new in-memory HSQLDB database with the plugin's tables, to count statements against. */
    static EntityManagerAccess inMemoryDatabase(String name) {
        EntityManagerAccess database = new EntityManagerAccess(AoDatabase.connect(DatabaseConfig.inMemory(name)));
        database.migrate(AoStores.entities().toArray(Class[]::new));
        return database;
    }

    CountingAccess(AoAccess delegate) {
        this.delegate = delegate;
    }

    /** Calls per kind since the last reset. */
    synchronized Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((kind, tally) -> counts.put(kind, tally[0]));
        return counts;
    }

    synchronized String summary() {
        StringBuilder text = new StringBuilder();
        calls.forEach((kind, tally) -> text.append(String.format("  %-30s %6d calls %9.1f ms total %7.2f ms each%n",
                kind, tally[0], tally[1] / 1e6, tally[1] / 1e6 / tally[0])));
        return text.toString();
    }

    synchronized void reset() {
        calls.clear();
    }

    private <T> T count(String kind, Class<?> type, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            long elapsed = System.nanoTime() - start;
            synchronized (this) {
                long[] tally = calls.computeIfAbsent(kind + " " + type.getSimpleName(), k -> new long[2]);
                tally[0]++;
                tally[1] += elapsed;
            }
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        delegate.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return count("create", type, () -> delegate.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            count("bulk create", type, () -> {
                delegate.create(type, rows);
                return null;
            });
        }
    }

    @Override
    public <T extends Entity> Map<String, Integer> createReturningIds(Class<T> type, List<Map<String, Object>> rows,
                                                                      String keyColumn, Function<T, String> keyOf) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return count("bulk create", type, () -> delegate.createReturningIds(type, rows, keyColumn, keyOf));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return count("find", type, () -> delegate.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        count("stream", type, () -> {
            delegate.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return count("count", type, () -> delegate.count(type, query));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return count("delete", type, () -> delegate.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T> T executeInTransaction(Supplier<T> work) {
        return delegate.executeInTransaction(work);
    }
}
