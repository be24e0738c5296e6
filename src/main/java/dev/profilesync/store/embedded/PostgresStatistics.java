package dev.profilesync.store.embedded;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.db.PostgreSQLDatabaseProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * ANALYZE of tables that received many rows, on PostgreSQL only. Right after a first sync's million inserts the
 * planner still believes the tables nearly empty until autovacuum gets to them, and a following incremental run
 * took 0.3 to 4.4 s depending on whether it had (docs/benchmarks.md). Stateless.
 */
final class PostgresStatistics {
    /** Rows after which statistics are refreshed whatever the table's size. */
    static final long MANY_ROWS = 10_000;
    /** ... or this fraction of the rows the statistics last counted, for small tables. */
    static final double FRACTION = 0.2;

    private PostgresStatistics() {
    }

    @SafeVarargs
    static boolean refresh(EntityManager entityManager, long rowsInserted, Class<? extends RawEntity<?>>... tables)
            throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        if (!(provider instanceof PostgreSQLDatabaseProvider) || rowsInserted <= 0) {
            return false;
        }
        try (Connection connection = provider.getConnection()) {
            if (rowsInserted <= MANY_ROWS && rowsInserted <= FRACTION * countedRows(entityManager, connection, tables)) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                for (Class<? extends RawEntity<?>> table : tables) {
                    statement.execute("ANALYZE " + JdbcRead.qualifiedName(entityManager, table));
                }
            }
            return true;
        }
    }

    /** The rows of these tables as their statistics last counted (pg_class.reltuples); none if never counted. */
    @SafeVarargs
    private static double countedRows(EntityManager entityManager, Connection connection,
                                      Class<? extends RawEntity<?>>... tables) throws SQLException {
        double rows = 0;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)")) {
            for (Class<? extends RawEntity<?>> table : tables) {
                query.setString(1, JdbcRead.qualifiedName(entityManager, table));
                try (ResultSet result = query.executeQuery()) {
                    // -1 (PostgreSQL 14 and later) or 0: never analysed or vacuumed.
                    rows += result.next() ? Math.max(0, result.getDouble(1)) : 0;
                }
            }
        }
        return rows;
    }
}
