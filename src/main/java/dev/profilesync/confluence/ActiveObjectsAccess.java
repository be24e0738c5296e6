package dev.profilesync.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.profilesync.store.AoAccess;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The store adapter's {@link AoAccess} over Confluence's ActiveObjects service: plain delegation, so the store's
 * tables live in Confluence's database under the plugin's {@code <ao>} module. A transaction inside another joins
 * it, as Confluence's transaction template does.
 */
final class ActiveObjectsAccess implements AoAccess {
    private final ActiveObjects ao;

    ActiveObjectsAccess(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        ao.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return ao.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.create(type, rows);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        ao.stream(type, query, callback);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T> T executeInTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
