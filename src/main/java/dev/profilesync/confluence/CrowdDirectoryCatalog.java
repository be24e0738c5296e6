package dev.profilesync.confluence;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.WriteBind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The LDAP directories configured in Confluence's User Directories, in Confluence's order, as the engine's
 * {@link DirectoryCatalog}. Active LDAP connectors and internal directories with LDAP authentication are read;
 * every other directory is listed as skipped with the reason. Readers are kept while a directory's settings stay
 * the same, so login syncs reuse their connections; a reader whose directory changed or went away is closed.
 * Thread-safe.
 */
final class CrowdDirectoryCatalog implements DirectoryCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(CrowdDirectoryCatalog.class);

    private final CrowdDirectoryService crowdDirectories;
    private final Function<LdapDirectoryConfig, DirectoryReader> readerFactory;
    private final Function<String, WriteBind> writeBinds;
    private final Map<LdapDirectoryConfig, DirectoryReader> readers = new ConcurrentHashMap<>();

    CrowdDirectoryCatalog(CrowdDirectoryService crowdDirectories,
                          Function<LdapDirectoryConfig, DirectoryReader> readerFactory) {
        this(crowdDirectories, readerFactory, id -> WriteBind.OFF);
    }

    /** @param writeBinds the write bind the plugin keeps for a Crowd directory id ({@link WriteBind#OFF} if none) */
    CrowdDirectoryCatalog(CrowdDirectoryService crowdDirectories,
                          Function<LdapDirectoryConfig, DirectoryReader> readerFactory,
                          Function<String, WriteBind> writeBinds) {
        this.crowdDirectories = crowdDirectories;
        this.readerFactory = readerFactory;
        this.writeBinds = writeBinds;
    }

    @Override
    public List<DirectoryReader> directories() {
        List<LdapDirectoryConfig> configs = discover().readable();
        readers.entrySet().removeIf(kept -> {
            boolean replaced = !configs.contains(kept.getKey());
            if (replaced) {
                close(kept.getValue());
            }
            return replaced;
        });
        List<DirectoryReader> ordered = new ArrayList<>(configs.size());
        for (LdapDirectoryConfig config : configs) {
            ordered.add(readers.computeIfAbsent(config, readerFactory));
        }
        return ordered;
    }

    @Override
    public Map<String, String> skippedDirectories() {
        return discover().skipped();
    }

    /** Closes the readers' connections; called when the plugin stops. A reader closed mid-run stays usable. */
    void close() {
        readers.values().forEach(CrowdDirectoryCatalog::close);
        readers.clear();
    }

    private static void close(DirectoryReader reader) {
        if (reader instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Profile Sync could not close the connection to directory '{}'; it closes when idle",
                        reader.name(), e);
            }
        }
    }

    /** Sorts Confluence's directories into those the sync reads and those it skips, keeping Confluence's order. */
    Discovery discover() {
        List<LdapDirectoryConfig> readable = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Directory directory : crowdDirectories.findAllDirectories()) {
            String reason = reasonToSkip(directory);
            if (reason == null) {
                try {
                    readable.add(LdapDirectorySettings.of(directory).withWriteBind(writeBind(directory)));
                } catch (IllegalArgumentException e) {
                    LOG.warn("Profile Sync skips directory '{}': {}", directory.getName(), e.getMessage());
                    skipped.put(directory.getName(), "its LDAP settings cannot be used: " + e.getMessage());
                }
            } else {
                skipped.put(directory.getName(), reason);
            }
        }
        return new Discovery(List.copyOf(readable), Collections.unmodifiableMap(skipped));
    }

    /** A write bind that cannot be used turns write-back off for the directory; the sync still reads it. */
    private WriteBind writeBind(Directory directory) {
        try {
            return writeBinds.apply(String.valueOf(directory.getId()));
        } catch (RuntimeException e) {
            LOG.warn("Profile Sync turns write-back off for directory '{}': its write bind cannot be used ({})",
                    directory.getName(), e.getMessage());
            return WriteBind.OFF;
        }
    }

    private static String reasonToSkip(Directory directory) {
        if (!directory.isActive()) {
            return "the directory is disabled in User Directories";
        }
        DirectoryType type = directory.getType() == null ? DirectoryType.UNKNOWN : directory.getType();
        return switch (type) {
            case CONNECTOR, DELEGATING -> null;
            case INTERNAL -> "Confluence's internal directory has no LDAP server to read profiles from";
            case CROWD -> "an Atlassian Crowd server is not read over LDAP; connect Confluence to the LDAP "
                    + "directory directly to sync its profiles";
            case AZURE_AD -> "Microsoft Entra ID (Azure AD) directories are not read over LDAP";
            case CUSTOM, UNKNOWN -> "a custom directory type that Profile Sync cannot read over LDAP";
        };
    }

    /** The result of one look at Confluence's directories. */
    record Discovery(List<LdapDirectoryConfig> readable, Map<String, String> skipped) {
    }
}
