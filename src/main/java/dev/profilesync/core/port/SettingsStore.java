package dev.profilesync.core.port;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;

import java.util.List;
import java.util.Optional;

/**
 * Port: field definitions, settings and sync state, kept by the host (Active Objects tables).
 * Threading: thread-safe; read by runs, login syncs and request threads, written by the admin page and by runs
 * (sync state). A save is seen by the next read on any thread and, in a cluster, on any node.
 */
public interface SettingsStore {

    /** Field definitions in display order. */
    List<FieldDefinition> fields();

    /** Replaces the field definitions; keys must be unique. */
    void saveFields(List<FieldDefinition> fields);

    /**
     * Why the field definitions cannot be edited through this store, e.g. because a config file defines them and
     * replaces whatever is saved; empty when they can be.
     */
    default Optional<String> fieldsManagedElsewhere() {
        return Optional.empty();
    }

    SyncSettings settings();

    /**
     * A cheap token that changes whenever the settings or the field definitions are saved, by any node; empty when
     * the store cannot tell, and then every run reads them again. Saving the sync state may change it too.
     */
    default Optional<String> changeStamp() {
        return Optional.empty();
    }

    void saveSettings(SyncSettings settings);

    SyncState state();

    void saveState(SyncState state);
}
