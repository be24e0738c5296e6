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
