package dev.profilesync.store;

import java.util.Objects;

/**
 * A JDBC database for the standalone host and the tests (Confluence supplies its own through Active Objects).
 * {@link #toString()} never shows the password.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** An HSQLDB file database in the given folder, created when missing. */
    public static DatabaseConfig embeddedFile(java.nio.file.Path folder) {
        return new DatabaseConfig("jdbc:hsqldb:file:" + folder.resolve("profilesync").toAbsolutePath()
                + ";shutdown=true;hsqldb.tx=mvcc", "SA", "");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=(hidden)]";
    }
}
