package dev.profilesync.store.embedded;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts many rows as one JDBC batch on the current AO transaction's connection: one prepared statement, one round
 * trip (on PostgreSQL rewritten into multi-row INSERTs). AO 3.2.11's bulk create parses one INSERT per row on HSQLDB
 * and spends more time per row than the database does on PostgreSQL (see docs/storage.md). Table and column names
 * come from AO's own converters and quoting. The rows must share their keys (column names); the ID column is left
 * to the database.
 */
final class JdbcBatchInsert {
    private JdbcBatchInsert() {
    }

    static void insert(EntityManager entityManager, Class<? extends RawEntity<?>> type, List<Map<String, Object>> rows)
            throws SQLException {
        Insert insert = new Insert(entityManager, type, rows);
        try (Connection connection = insert.provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(insert.sql)) {
            insert.addRows(statement);
            statement.executeBatch();
        }
    }

    /**
     * Inserts as {@link #insert} and returns the ID each row got, by its value of {@code keyColumn}: the database's
     * generated keys, in the order of the rows, so no read back is needed.
     */
    static Map<String, Integer> insertReturningIds(EntityManager entityManager, Class<? extends RawEntity<?>> type,
                                                   List<Map<String, Object>> rows, String keyColumn)
            throws SQLException {
        Insert insert = new Insert(entityManager, type, rows);
        Map<String, Integer> ids = new HashMap<>(rows.size() * 2);
        try (Connection connection = insert.provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(insert.sql, new String[] {"ID"})) {
            insert.addRows(statement);
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                for (Map<String, Object> row : rows) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned fewer generated IDs than the " + rows.size()
                                + " rows inserted into " + insert.table);
                    }
                    ids.put((String) row.get(keyColumn), keys.getInt(1));
                }
            }
        }
        return ids;
    }

    /** The INSERT statement of one bulk insert, its rows checked to share their columns. */
    private static final class Insert {
        private final DatabaseProvider provider;
        private final String table;
        private final List<String> columns;
        private final List<Map<String, Object>> rows;
        private final String sql;

        Insert(EntityManager entityManager, Class<? extends RawEntity<?>> type, List<Map<String, Object>> rows) {
            this.provider = entityManager.getProvider();
            this.table = entityManager.getNameConverters().getTableNameConverter().getName(type);
            this.columns = List.copyOf(rows.get(0).keySet());
            this.rows = rows;
            StringBuilder text = new StringBuilder("INSERT INTO ")
                    .append(JdbcRead.qualifiedName(entityManager, type)).append(" (");
            for (int i = 0; i < columns.size(); i++) {
                text.append(i == 0 ? "" : ",").append(provider.quote(columns.get(i)));
            }
            text.append(") VALUES (").append("?,".repeat(columns.size() - 1)).append("?)");
            this.sql = text.toString();
        }

        void addRows(PreparedStatement statement) throws SQLException {
            for (Map<String, Object> row : rows) {
                if (row.size() != columns.size() || !row.keySet().containsAll(columns)) {
                    throw new IllegalArgumentException("every row of a bulk insert into " + table
                            + " must have the columns " + columns + ", got " + row.keySet());
                }
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 1, row.get(columns.get(i)));
                }
                statement.addBatch();
            }
        }
    }
}
