package dev.profilesync.store;

import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Sync digests on the embedded HSQLDB file database, as the standalone runner opens it. */
class HsqldbSyncDigestStoreTest extends SyncDigestStoreContract {
    @TempDir
    Path folder;

    @Override
    protected AoStores openEmpty() {
        return reopen();
    }

    @Override
    protected AoStores reopen() {
        return EmbeddedStores.open(DatabaseConfig.embeddedFile(folder));
    }

    @Override
    protected Connection connect() throws SQLException {
        DatabaseConfig config = DatabaseConfig.embeddedFile(folder);
        return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }
}
