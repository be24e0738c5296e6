package dev.profilesync.standalone.host;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.edit.ProfileEditor;
import dev.profilesync.core.edit.WriteBackCheck;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.PersonLogin;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.core.port.SyncHistory;
import dev.profilesync.core.port.WriteBackAudit;
import dev.profilesync.ldap.LdapDirectoryWriters;
import dev.profilesync.ldap.LdapPersonLogin;
import dev.profilesync.picture.ImageIoPictures;
import dev.profilesync.standalone.config.SettingsOverride;
import dev.profilesync.standalone.files.OwnerOnlyFiles;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standalone runner as the engine's host: the database, the directories, the users, the lock and the engine,
 * opened together and closed together. One per command.
 */
public final class StandaloneHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneHost.class);
    private final DataFolderLock folderLock;
    private final AoStores stores;
    private final EffectiveSettings settings;
    private final DirectoryCatalog directories;
    private final StandaloneHostUsers users;
    private final SyncPorts ports;
    private final SyncEngine engine;
    private final List<DirectoryReader> readers;

    /** Everything a host is made of. */
    public record Setup(DatabaseConfig database, Optional<Path> embeddedFolder, List<DirectoryReader> directories,
                 Map<String, HostUser> listedUsers, Optional<List<FieldDefinition>> fields, SettingsOverride settings,
                 AccessMode accessMode) {
        public Setup {
            directories = List.copyOf(directories);
        }
    }

    private StandaloneHost(DataFolderLock folderLock, AoStores stores, Setup setup) {
        this.folderLock = folderLock;
        this.stores = stores;
        this.settings = new EffectiveSettings(stores.settings(), setup.fields(), setup.settings());
        this.readers = setup.directories();
        this.directories = () -> readers;
        this.users = new StandaloneHostUsers(setup.listedUsers());
        this.ports = new SyncPorts(directories, users, stores.profiles(), settings, stores.history(),
                setup.accessMode(), new InProcessRunLock(), ImageIoPictures.configured());
        this.engine = new SyncEngine(ports, Clock.systemUTC());
        if (folderLock != null) {
            // A runner killed mid-run left its run RUNNING in history: say it was interrupted. Only where the folder
            // lock proves no other runner uses this database; on a shared database the next run marks it instead.
            engine.closeInterruptedRuns();
        }
    }

    /** Locks the embedded data folder (if any) and opens the database. */
    public static StandaloneHost open(Setup setup) {
        DataFolderLock lock = setup.embeddedFolder().map(f -> DataFolderLock.acquire(f, "database.embedded"))
                .orElse(null);
        try {
            StandaloneHost host = new StandaloneHost(lock, openStores(setup.database()), setup);
            setup.embeddedFolder().ifPresent(StandaloneHost::restrictDatabaseFiles);
            return host;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    private static AoStores openStores(DatabaseConfig database) {
        try {
            return EmbeddedStores.open(database);
        } catch (RuntimeException e) {
            throw new RunFailure("database", "cannot open " + withoutPassword(database.jdbcUrl()) + " ("
                    + e.getMessage()
                    + "): check the URL, the user and that the database is running", e);
        }
    }

    /** A JDBC URL as it may be shown: a password written into it is masked. */
    public static String withoutPassword(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public SyncEngine engine() {
        return engine;
    }

    /** The ports the engine runs on, e.g. for the admin API (issue 3). */
    public SyncPorts ports() {
        return ports;
    }

    /** Self-service editing, writing back through the directories that have a write bind. */
    ProfileEditor editor() {
        return new ProfileEditor(engine, ports, new LdapDirectoryWriters(readers), stores.writeBacks(),
                Clock.systemUTC());
    }

    /** The admin page's Save and test of each directory's write bind. */
    WriteBackCheck writeBackCheck() {
        return new WriteBackCheck(ports, new LdapDirectoryWriters(readers), stores.writeBacks(), Clock.systemUTC());
    }

    PersonLogin personLogin() {
        return new LdapPersonLogin(readers);
    }

    WriteBackAudit writeBacks() {
        return stores.writeBacks();
    }

    public EffectiveSettings settings() {
        return settings;
    }

    public ProfileStore profiles() {
        return stores.profiles();
    }

    SyncHistory history() {
        return stores.history();
    }

    DirectoryCatalog directories() {
        return directories;
    }

    public StandaloneHostUsers users() {
        return users;
    }

    @Override
    public void close() {
        try {
            stores.close();
            // Closing rewrites the database's script file with the process's default permissions.
            if (folderLock != null) {
                restrictDatabaseFiles(folderLock.folder());
            }
        } finally {
            if (folderLock != null) {
                folderLock.close();
            }
        }
    }

    /**
     * The embedded database creates its files with the process's default permissions; the folder is owner-only
     * from its creation (DataFolderLock), and the files are made so too once they exist.
     */
    private static void restrictDatabaseFiles(Path folder) {
        try {
            OwnerOnlyFiles.restrictFilesIn(folder);
        } catch (IOException e) {
            LOG.warn("Could not make the files in {} readable by their owner only; the folder itself is: {}", folder,
                    e.toString());
        }
    }
}
