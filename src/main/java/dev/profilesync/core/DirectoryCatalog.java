package dev.profilesync.core;

import java.util.List;
import java.util.Map;

/** Port: the directories the host offers, in the order users are looked up. */
public interface DirectoryCatalog {

    /** Directories the sync reads, first has precedence. */
    List<DirectoryReader> directories();

    /** Directories the host has but the sync cannot read, by name, with the reason (shown in every report). */
    default Map<String, String> skippedDirectories() {
        return Map.of();
    }
}
