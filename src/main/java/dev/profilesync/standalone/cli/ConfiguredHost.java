package dev.profilesync.standalone.cli;

import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.config.ConfigLoader;
import dev.profilesync.standalone.config.RunnerConfig;
import dev.profilesync.standalone.config.Secrets;
import dev.profilesync.standalone.host.DirectoryWarmUp;
import dev.profilesync.standalone.host.StandaloneHost;

import java.nio.file.Path;
import java.util.List;

/** Opens a host from a config file, as {@code sync} and {@code serve} do. */
public final class ConfiguredHost {
    private ConfiguredHost() {
    }

    public static StandaloneHost open(CliContext context, Path configFile, AccessMode accessMode) {
        return open(context, configFile, accessMode, false);
    }

    /** With {@code warmUp}, the directories are connected to while the database opens (see DirectoryWarmUp). */
    public static StandaloneHost open(CliContext context, Path configFile, AccessMode accessMode, boolean warmUp) {
        RunnerConfig file = ConfigLoader.load(context.resolve(configFile));
        if (file.rawDirectories().isEmpty()) {
            throw new ConfigException("directories", "the config file lists no directory: add one, see "
                    + "docs/configuration.md");
        }
        Secrets secrets = new Secrets(context.environment(), file.baseDir());
        List<DirectoryReader> readers = file.directories(secrets).stream()
                .<DirectoryReader>map(LdapDirectoryReader::new).toList();
        if (warmUp) {
            DirectoryWarmUp.start(readers);
        }
        StandaloneHost host = StandaloneHost.open(new StandaloneHost.Setup(file.database(secrets),
                file.embeddedFolder(), readers, file.listedUsers(), file.fields(), file.settings(), accessMode));
        if (host.settings().fields().isEmpty()) {
            host.close();
            throw new ConfigException("fields", "no field mappings are stored and the config file gives none: "
                    + "add a fields list, see docs/configuration.md");
        }
        return host;
    }

    /** Where the runner keeps its own files (the admin credential): the embedded database's folder, if any. */
    static Path dataFolder(CliContext context, Path configFile, Path fallback) {
        return ConfigLoader.load(context.resolve(configFile)).embeddedFolder().orElse(context.resolve(fallback));
    }
}
