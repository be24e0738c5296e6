package dev.profilesync.store.embedded;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JDBC database for the standalone host and the tests (Confluence supplies its own through Active Objects):
 * HSQLDB or PostgreSQL. {@link #toString()} never shows the password, not even one written into the URL.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * An HSQLDB file database in the given folder, created when missing. Tables are CACHED (on disk, with a row
     * cache of 50,000 rows, about 20-25 MiB of Java objects) so 100,000 profiles fit a 256 MiB heap; MVCC lets readers run beside a sync;
     * NO PAD comparisons make key lookups several times faster and compare keys as Java does. A 200 MB log (HSQLDB's
     * default is 50) lets a first sync of 100,000 users finish without a checkpoint stalling its writes; every commit
     * is still logged. The database is shut down cleanly when the stores are closed. See docs/storage.md.
     */
    public static DatabaseConfig embeddedFile(Path folder) {
        return new DatabaseConfig("jdbc:hsqldb:file:" + folder.resolve("profilesync").toAbsolutePath()
                + ";shutdown=true;hsqldb.tx=mvcc;sql.pad_space=false;hsqldb.default_table_type=cached"
                + ";hsqldb.cache_size=16384;hsqldb.cache_rows=50000;hsqldb.log_size=200", "SA", "");
    }

    /** A private in-memory HSQLDB database, for tests and throwaway runs; gone when the stores are closed. */
    public static DatabaseConfig inMemory(String name) {
        return new DatabaseConfig("jdbc:hsqldb:mem:" + name + ";shutdown=true;hsqldb.tx=mvcc;sql.pad_space=false", "SA", "");
    }

    /** The URL with any password parameter hidden, for messages and logs. */
    public String redactedUrl() {
        return URL_PASSWORD.matcher(jdbcUrl).replaceAll("$1(hidden)");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[jdbcUrl=" + redactedUrl() + ", user=" + user + ", password=(hidden)]";
    }
}
