package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The few Active Objects operations the stores use, with the signatures of Confluence's
 * {@code com.atlassian.activeobjects.external.ActiveObjects} so that a host implements it by delegation: the
 * standalone host over AO's own {@code EntityManager} ({@code store.embedded.EmbeddedStores}), Confluence over its
 * ActiveObjects service ({@link AoStores#over}). The store package never sees com.atlassian types.
 *
 * <p>Implementations throw unchecked exceptions; a failure inside {@link #executeInTransaction} rolls back all the
 * work done in it. Implementations are thread-safe; a transaction belongs to the thread that runs it.
 */
public interface AoAccess {

    /** Creates or updates the tables of these entities (Confluence does this itself for the {@code <ao>} module). */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    /** Inserts one row; keys are column names such as {@code USER_KEY}. */
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    /** Inserts many rows with one batched statement; every row has the same keys. */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    /**
     * Inserts many rows as {@link #create(Class, List)} does and returns the ID each got, by the value of
     * {@code keyColumn} (a unique column every row has, as a String). The default inserts and then reads the IDs back
     * by that column, one IN query per 1,000 rows (Confluence's ActiveObjects returns no IDs from a bulk insert); a
     * host with a JDBC connection of its own takes them from the insert itself.
     */
    default <T extends Entity> Map<String, Integer> createReturningIds(Class<T> type,
                                                                       List<Map<String, Object>> rows,
                                                                       String keyColumn,
                                                                       Function<T, String> keyOf) {
        return createReadingIdsBack(this, type, rows, keyColumn, keyOf);
    }

    /** {@link #createReturningIds}'s default: a bulk insert, then the IDs read back by {@code keyColumn}. */
    static <T extends Entity> Map<String, Integer> createReadingIdsBack(AoAccess ao, Class<T> type,
                                                                        List<Map<String, Object>> rows,
                                                                        String keyColumn, Function<T, String> keyOf) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        ao.create(type, rows);
        List<String> keys = new ArrayList<>(rows.size());
        rows.forEach(row -> keys.add((String) row.get(keyColumn)));
        return idsByKey(ao, type, keyColumn, keys, keyOf);
    }

    /**
     * The IDs of the rows whose {@code keyColumn} (unique, a String) is one of {@code keys}, by key: one IN read
     * per 1,000 keys.
     */
    static <T extends Entity> Map<String, Integer> idsByKey(AoAccess ao, Class<T> type, String keyColumn,
                                                            List<String> keys, Function<T, String> keyOf) {
        Map<String, Integer> ids = new HashMap<>(keys.size() * 2);
        for (List<String> chunk : InClause.chunks(keys)) {
            ao.selectIn(type, List.of("ID", keyColumn), keyColumn, chunk,
                    row -> new Object[] {row.getID(), keyOf.apply(row)},
                    values -> ids.put((String) values[1], ((Number) values[0]).intValue()));
        }
        return ids;
    }

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /** Visits the rows the query selects, one at a time, without keeping them; read-only entities. */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    /**
     * The rows of {@code type} with an ID above {@code afterId}, at most {@code limit}, in ID order, each as the values
     * of {@code columns} in that order (as the database returns them: Integer, String or null). The default streams
     * read-only entities and takes the values through {@code fromEntity}; a host with a JDBC connection of its own
     * reads the result set instead, without an entity proxy per row, which was a quarter of reading 100,000 sync
     * digests (docs/benchmarks.md). Both give the same values.
     */
    default <T extends RawEntity<Integer>> void pageById(Class<T> type, List<String> columns, int afterId, int limit,
                                                         Function<T, Object[]> fromEntity, Consumer<Object[]> visitor) {
        Query query = Query.select(String.join(", ", columns)).where("ID > ?", afterId).order("ID").limit(limit);
        stream(type, query, (T row) -> visitor.accept(fromEntity.apply(row)));
    }

    /**
     * The rows of {@code type} whose {@code column} holds one of {@code values} (at most {@link InClause#MAX_ITEMS}),
     * each as the values of {@code columns} in that order, as {@link #pageById} gives them. The default streams
     * read-only entities through {@code fromEntity}; a host with a JDBC connection of its own reads the result set.
     */
    default <T extends RawEntity<K>, K> void selectIn(Class<T> type, List<String> columns, String column,
                                                      List<?> values, Function<T, Object[]> fromEntity,
                                                      Consumer<Object[]> visitor) {
        Query query = Query.select(String.join(", ", columns)).where(InClause.of(column, values.size()),
                values.toArray());
        stream(type, query, (T row) -> visitor.accept(fromEntity.apply(row)));
    }

    /**
     * The highest ID in the table of {@code type}, 0 when it is empty. The default streams the one row of the highest
     * ID as a read-only entity; a host with a JDBC connection of its own asks for MAX(ID), without AO building an
     * entity query (a quarter of a login sync's CPU time on PostgreSQL went to reading the settings' change stamp
     * through {@link #find}, docs/benchmarks.md).
     */
    default <T extends Entity> int highestId(Class<T> type) {
        int[] highest = new int[1];
        stream(type, Query.select("ID").order("ID DESC").limit(1), (T row) -> highest[0] = row.getID());
        return highest[0];
    }

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /** Deletes the rows matching {@code criteria}, a WHERE clause with {@code ?} placeholders; returns how many. */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /**
     * Refreshes the database's planner statistics of these tables after {@code rowsInserted} new rows, when it keeps
     * statistics that so many inserts leave stale (PostgreSQL: ANALYZE, when the rows are more than 10,000 or than a
     * fifth of what the statistics last counted); returns whether it did. A no-op elsewhere, and where the host
     * gives no connection of its own (Confluence's ActiveObjects: its database's autovacuum is the DBA's).
     */
    @SuppressWarnings("unchecked")
    default boolean refreshStatistics(long rowsInserted, Class<? extends RawEntity<?>>... entities) {
        return false;
    }

    /**
     * Whether transactions may run on any thread, each on its own connection (the standalone host's pool). False by
     * default: Confluence's ActiveObjects binds its transactions to the thread its host set up, which is not
     * verified for a thread of our own.
     */
    default boolean transactionsOnAnyThread() {
        return false;
    }

    /** Runs the work in one transaction: it commits when the work returns and rolls back when it throws. */
    <T> T executeInTransaction(Supplier<T> work);
}
