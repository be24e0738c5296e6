package dev.profilesync.web;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.port.SettingsStore;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A real store whose field mappings a test can declare managed elsewhere, as a host with a config file does. */
final class ManagedFieldsStore implements SettingsStore {
    private final SettingsStore stored;
    final AtomicReference<String> managedElsewhere = new AtomicReference<>();

    ManagedFieldsStore(SettingsStore stored) {
        this.stored = stored;
    }

    @Override
    public List<FieldDefinition> fields() {
        return stored.fields();
    }

    @Override
    public void saveFields(List<FieldDefinition> fields) {
        stored.saveFields(fields);
    }

    @Override
    public Optional<String> fieldsManagedElsewhere() {
        return Optional.ofNullable(managedElsewhere.get());
    }

    @Override
    public SyncSettings settings() {
        return stored.settings();
    }

    @Override
    public void saveSettings(SyncSettings settings) {
        stored.saveSettings(settings);
    }

    @Override
    public SyncState state() {
        return stored.state();
    }

    @Override
    public void saveState(SyncState state) {
        stored.saveState(state);
    }
}
