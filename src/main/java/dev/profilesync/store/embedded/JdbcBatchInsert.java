package dev.profilesync.store.embedded;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        DatabaseProvider provider = entityManager.getProvider();
        String table = entityManager.getNameConverters().getTableNameConverter().getName(type);
        List<String> columns = List.copyOf(rows.get(0).keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(provider.withSchema(provider.quoteTableName(table)))
                .append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(provider.quote(columns.get(i)));
        }
        sql.append(") VALUES (").append("?,".repeat(columns.size() - 1)).append("?)");
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
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
            statement.executeBatch();
        }
    }
}
