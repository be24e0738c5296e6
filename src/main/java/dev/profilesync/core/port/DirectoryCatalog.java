package dev.profilesync.core.port;

import java.util.List;
import java.util.Map;

/**
 * Port: the directories the host offers, in the order users are looked up.
 * Threading: asked at the start of each run and by the admin page's request threads; thread-safe, and each call
 * answers with the configuration as it is then (a run keeps the list it was given).
 */
public interface DirectoryCatalog {

    /** Directories the sync reads, first has precedence. */
    List<DirectoryReader> directories();

    /** Directories the host has but the sync cannot read, by name, with the reason (shown in every report). */
    default Map<String, String> skippedDirectories() {
        return Map.of();
    }
}
