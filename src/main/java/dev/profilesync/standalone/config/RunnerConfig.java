package dev.profilesync.standalone.config;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.store.embedded.DatabaseConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked config file. Everything but the passwords was checked when it was loaded; passwords are read only when
 * asked for ({@link #directories}, {@link #database}), so a command that needs no directory needs no bind password.
 *
 * @param file        the config file
 * @param rawDirectories the directories section, checked
 * @param rawDatabase the database section, checked; null for the default embedded database
 * @param fields      the field mappings when the file gives them
 * @param settings    the settings the file overrides
 * @param listedUsers the users file's users by lower-case username; empty without a users file
 */
public record RunnerConfig(Path file, List<ConfigFile.Directory> rawDirectories, ConfigFile.Database rawDatabase,
                           Optional<List<FieldDefinition>> fields, SettingsOverride settings,
                           Map<String, HostUser> listedUsers) {

    /** Folder of the embedded database when none is configured, relative to the config file. */
    public static final String DEFAULT_DATA_FOLDER = "profile-sync-data";

    public RunnerConfig {
        rawDirectories = List.copyOf(rawDirectories);
        listedUsers = Map.copyOf(listedUsers);
    }

    /** Folder that relative paths in the file are resolved against. */
    public Path baseDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** The directories in lookup order, with their passwords. */
    public List<LdapDirectoryConfig> directories(Secrets secrets) {
        List<LdapDirectoryConfig> configs = new ArrayList<>(rawDirectories.size());
        for (int i = 0; i < rawDirectories.size(); i++) {
            configs.add(DirectorySettings.toConfig(rawDirectories.get(i), i, secrets));
        }
        return configs;
    }

    /** The embedded database's folder, when the database is embedded. */
    public Optional<Path> embeddedFolder() {
        if (rawDatabase == null || rawDatabase.jdbcUrl() == null || rawDatabase.jdbcUrl().isBlank()) {
            String folder = rawDatabase == null || rawDatabase.embedded() == null || rawDatabase.embedded().isBlank()
                    ? DEFAULT_DATA_FOLDER : rawDatabase.embedded().trim();
            return Optional.of(baseDir().resolve(folder).normalize());
        }
        return Optional.empty();
    }

    public DatabaseConfig database(Secrets secrets) {
        Optional<Path> folder = embeddedFolder();
        if (folder.isPresent()) {
            return DatabaseConfig.embeddedFile(folder.get());
        }
        String password = secrets.password("database", rawDatabase.passwordEnv(), rawDatabase.passwordFile(), false);
        return new DatabaseConfig(rawDatabase.jdbcUrl().trim(), rawDatabase.user(), password);
    }
}
