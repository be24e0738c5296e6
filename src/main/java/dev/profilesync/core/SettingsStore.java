package dev.profilesync.core;

import java.util.List;
import java.util.Optional;

/** Port: field definitions, settings and sync state, kept by the host (Active Objects tables). */
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

    void saveSettings(SyncSettings settings);

    SyncState state();

    void saveState(SyncState state);
}
