package dev.profilesync.core;

import java.util.List;

/** Port: field definitions, settings and sync state, kept by the host (Active Objects tables). */
public interface SettingsStore {

    /** Field definitions in display order. */
    List<FieldDefinition> fields();

    /** Replaces the field definitions; keys must be unique. */
    void saveFields(List<FieldDefinition> fields);

    SyncSettings settings();

    void saveSettings(SyncSettings settings);

    SyncState state();

    void saveState(SyncState state);
}
