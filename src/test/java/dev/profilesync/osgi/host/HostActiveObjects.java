package dev.profilesync.osgi.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import dev.profilesync.store.embedded.EntityManagerAccess;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

/**
 * The ActiveObjects service of the container test's host, as Confluence's AO plugin offers it to a plugin: Active
 * Objects on an embedded in-memory HSQLDB, with Confluence's table names. Lives in the host's AO bundle, so the
 * interface it implements is the one that bundle exports and the plugin imports.
 */
final class HostActiveObjects implements ActiveObjects {
    private final EntityManagerAccess ao;

    HostActiveObjects(EntityManagerAccess ao) {
        this.ao = ao;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        ao.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return ao.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        ao.create(type, rows);
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
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return ao.executeInTransaction(callback::doInTransaction);
    }

    void dispose() {
        ao.dispose();
    }
}
