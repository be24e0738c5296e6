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
 * Reads one page of a table by its ID on the current AO transaction's connection, as plain column values. AO's
 * stream makes a read-only entity proxy for every row and converts each value through it; for the 100,000 rows of
 * a digest read that was a quarter of the read. The row limit is the statement's maximum row count, which both
 * databases of the standalone host apply in the server, so no dialect's LIMIT syntax is needed. Table and column
 * names come from AO's own converters and quoting.
 */
final class JdbcPageRead {
    private JdbcPageRead() {
    }

    static void read(EntityManager entityManager, Class<? extends RawEntity<Integer>> type, List<String> columns,
                     int afterId, int limit, Consumer<Object[]> visitor) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        String table = entityManager.getNameConverters().getTableNameConverter().getName(type);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(provider.quote(columns.get(i)));
        }
        String id = provider.quote("ID");
        sql.append(" FROM ").append(provider.withSchema(provider.quoteTableName(table)))
                .append(" WHERE ").append(id).append(" > ? ORDER BY ").append(id);
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            statement.setMaxRows(limit);
            statement.setInt(1, afterId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rows.getObject(i + 1);
                    }
                    visitor.accept(values);
                }
            }
        }
    }
}
