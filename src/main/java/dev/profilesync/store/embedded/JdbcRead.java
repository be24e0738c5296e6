package dev.profilesync.store.embedded;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads rows on the current AO transaction's connection as plain column values: a page by ID, or the rows whose
 * column holds one of a list of values. AO's stream makes a read-only entity proxy for every row and converts each
 * value through it; for the 100,000 rows of a digest read that was a quarter of the read, and a tenth of reading a
 * batch's 1,000 profiles. The page's row limit is the statement's maximum row count, which both databases of the
 * standalone host apply in the server, so no dialect's LIMIT syntax is needed. Table and column names come from
 * AO's own converters and quoting.
 */
final class JdbcRead {
    private JdbcRead() {
    }

    static void page(EntityManager entityManager, Class<? extends RawEntity<Integer>> type, List<String> columns,
                     int afterId, int limit, Consumer<Object[]> visitor) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        String id = provider.quote("ID");
        String sql = select(entityManager, type, columns) + " WHERE " + id + " > ? ORDER BY " + id;
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(limit);
            statement.setInt(1, afterId);
            visit(statement, columns.size(), visitor);
        }
    }

    /** The rows whose {@code column} is one of {@code values} (Strings or Integers; as many as an IN list takes). */
    static void whereIn(EntityManager entityManager, Class<? extends RawEntity<?>> type, List<String> columns,
                        String column, List<?> values, Consumer<Object[]> visitor) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        StringBuilder sql = new StringBuilder(select(entityManager, type, columns)).append(" WHERE ")
                .append(provider.quote(column)).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(')');
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            visit(statement, columns.size(), visitor);
        }
    }

    /** MAX(ID) of the table: both databases answer it from the primary key's index; 0 for an empty table. */
    static int highestId(EntityManager entityManager, Class<? extends RawEntity<?>> type) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        String sql = "SELECT MAX(" + provider.quote("ID") + ") FROM " + qualifiedName(entityManager, type);
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** The table of {@code type} as SQL names it: AO's table name with the prefix, quoted, in the provider's schema. */
    static String qualifiedName(EntityManager entityManager, Class<? extends RawEntity<?>> type) {
        DatabaseProvider provider = entityManager.getProvider();
        String table = entityManager.getNameConverters().getTableNameConverter().getName(type);
        return provider.withSchema(provider.quoteTableName(table));
    }

    private static String select(EntityManager entityManager, Class<? extends RawEntity<?>> type,
                                 List<String> columns) {
        DatabaseProvider provider = entityManager.getProvider();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(provider.quote(columns.get(i)));
        }
        return sql.append(" FROM ").append(qualifiedName(entityManager, type)).toString();
    }

    private static void visit(PreparedStatement statement, int columns, Consumer<Object[]> visitor)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Object[] values = new Object[columns];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.getObject(i + 1);
                }
                visitor.accept(values);
            }
        }
    }
}
