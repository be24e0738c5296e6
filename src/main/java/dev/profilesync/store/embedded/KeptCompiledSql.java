package dev.profilesync.store.embedded;

import org.hsqldb.jdbc.JDBCDataSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HSQLDB connections that keep the SQL they prepare compiled. HSQLDB compiles a statement's SQL when it is prepared
 * and drops the compiled form as soon as the last open statement of that SQL on the session closes. The stores, and
 * AO itself, prepare and close each statement within one call, so every prepare parsed and planned its SQL again: a
 * quarter of a login sync's time in a JFR recording (docs/benchmarks.md). Each connection from here keeps one unused
 * statement of each of the last {@value #KEPT} SQL texts it prepared open, so that the next prepare of the same text
 * on that session takes the compiled form (HSQLDB compiles again by itself after a schema change). Callers get the
 * driver's own statements, which close as usual; the kept ones close with their connection. PostgreSQL's driver
 * keeps prepared statements per connection by itself, so only HSQLDB connections are made here. HSQLDB's own data
 * source makes the connections (it also answers the DataSource methods that name java.util.logging types).
 */
final class KeptCompiledSql extends JDBCDataSource {
    /** SQL texts kept per connection: a sync uses about a dozen, IN lists of a few sizes included. */
    static final int KEPT = 32;
    private static final long serialVersionUID = 1L;
    private final String user;
    private final transient String password;

    KeptCompiledSql(DatabaseConfig database) {
        setUrl(database.jdbcUrl());
        this.user = database.user();
        this.password = database.password();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return keeping(super.getConnection(user, password));
    }

    private static Connection keeping(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Keeping(connection));
    }

    /** One connection: passes every call on, and after a prepare keeps a twin of the statement open. */
    private static final class Keeping implements InvocationHandler {
        private final Connection connection;
        private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= KEPT) {
                    return false;
                }
                closeQuietly(eldest.getValue());
                return true;
            }
        };

        Keeping(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result;
            try {
                result = method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("prepareStatement")) {
                keepTwin(method, args);
            }
            return result;
        }

        /**
         * Prepares the same statement once more and keeps it, unless one is kept already. The twin is made after the
         * caller's, so it takes that one's compiled form; the options (generated keys, cursor type) are part of the key
         * because HSQLDB compiles them into the statement.
         */
        private synchronized void keepTwin(Method method, Object[] args) {
            String key = Arrays.toString(method.getParameterTypes()) + Arrays.deepToString(args);
            if (kept.get(key) != null) {
                return;
            }
            try {
                kept.put(key, (PreparedStatement) method.invoke(connection, args));
            } catch (ReflectiveOperationException e) {
                // Only a saving: without the twin the next prepare compiles again, as it always did.
            }
        }

        private static void closeQuietly(PreparedStatement statement) {
            try {
                statement.close();
            } catch (SQLException e) {
                // Closing a statement nobody uses: a broken connection is the pool's to notice.
            }
        }
    }
}
