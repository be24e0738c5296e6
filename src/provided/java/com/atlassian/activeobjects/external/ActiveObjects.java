package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

public interface ActiveObjects {
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
