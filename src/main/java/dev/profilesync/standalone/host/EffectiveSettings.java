package dev.profilesync.standalone.host;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.port.SettingsStore;
import dev.profilesync.standalone.config.SettingsOverride;
import dev.profilesync.standalone.schedule.ScheduleFloor;

import java.util.List;
import java.util.Optional;

/**
 * The stored settings as the config file amends them: the file's field list, when it has one, stands in for the
 * stored one, and each setting the file gives stands in for the stored value. Reads see the result at once; the
 * store itself changes only through {@link #persist()}, which a dry run never calls.
 */
public final class EffectiveSettings implements SettingsStore {
    private final SettingsStore stored;
    private final Optional<List<FieldDefinition>> fields;
    private final SettingsOverride override;

    EffectiveSettings(SettingsStore stored, Optional<List<FieldDefinition>> fields, SettingsOverride override) {
        this.stored = stored;
        this.fields = fields;
        this.override = override;
    }

    /** Writes the file's fields and settings into the store where they differ from it. */
    public void persist() {
        if (fields.isPresent() && !fields.get().equals(stored.fields())) {
            stored.saveFields(fields.get());
        }
        if (!override.isEmpty()) {
            SyncSettings current = stored.settings();
            SyncSettings amended = override.applyTo(current);
            if (!amended.equals(current)) {
                stored.saveSettings(amended);
            }
        }
    }

    /** The shortest interval the schedule may have (the config file's floor, else the default). */
    ScheduleFloor scheduleFloor() {
        return override.scheduleFloor();
    }

    @Override
    public List<FieldDefinition> fields() {
        return fields.orElseGet(stored::fields);
    }

    @Override
    public Optional<String> fieldsManagedElsewhere() {
        return fields.map(list -> "The field mappings are managed by the \"fields\" list of the config file and "
                + "are read-only here: edit that list and restart the runner to change them.");
    }

    @Override
    public void saveFields(List<FieldDefinition> definitions) {
        stored.saveFields(definitions);
    }

    /** The config file's part is fixed for the process: only the stored part can change. */
    @Override
    public Optional<String> changeStamp() {
        return stored.changeStamp();
    }

    @Override
    public SyncSettings settings() {
        return override.applyTo(stored.settings());
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
