package dev.profilesync.store;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.port.SettingsStore;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Field definitions in {@link FieldDefinitionEntity} rows, in display order; settings and sync state as named values
 * in {@link SettingEntity} rows (see {@link SettingsCodec}). Each save replaces what it covers in one transaction.
 * Thread-safe.
 */
final class AoSettingsStore implements SettingsStore {
    /** Written with every save of the fields: its new row changes {@link #changeStamp()}. */
    static final String FIELDS_SAVED = "stamp.fieldsSaved";
    private final AoAccess ao;
    private final SettingRows rows;

    AoSettingsStore(AoAccess ao) {
        this.ao = ao;
        this.rows = new SettingRows(ao);
    }

    @Override
    public List<FieldDefinition> fields() {
        List<FieldDefinition> fields = new ArrayList<>();
        Query query = Query.select(FieldRows.COLUMNS).order("DISPLAY_ORDER ASC, ID ASC");
        ao.executeInTransaction(() -> {
            ao.stream(FieldDefinitionEntity.class, query, (FieldDefinitionEntity row) -> fields.add(FieldRows.definition(row)));
            return null;
        });
        return List.copyOf(fields);
    }

    @Override
    public void saveFields(List<FieldDefinition> fields) {
        Set<String> keys = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!keys.add(field.key())) {
                throw new InvalidSettingException("fields", "fields.duplicate", "the field key '" + field.key()
                        + "' is used by more than one field: give each field its own key");
            }
        }
        List<Map<String, Object>> fieldRows = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            fieldRows.add(FieldRows.row(fields.get(i), i));
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(FieldDefinitionEntity.class, "ID > ?", 0);
            ao.create(FieldDefinitionEntity.class, fieldRows);
            // A new setting row marks the save, so the change stamp needs to look at one table only.
            rows.replace(Map.of(FIELDS_SAVED, Long.toString(System.currentTimeMillis())), List.of());
            return null;
        });
    }

    /**
     * The highest setting row id: every save of settings or state deletes the rows it covers and inserts new ones,
     * and a save of the fields writes {@value #FIELDS_SAVED}, each with an id higher than any before, so each save
     * changes the stamp. One primary-key read (a login sync runs it every time).
     */
    @Override
    public Optional<String> changeStamp() {
        return Optional.of(Integer.toString(ao.highestId(SettingEntity.class)));
    }

    @Override
    public SyncSettings settings() {
        return SettingsCodec.settings(read(SettingsCodec.SETTINGS));
    }

    @Override
    public void saveSettings(SyncSettings settings) {
        replace(SettingsCodec.encode(settings));
    }

    @Override
    public SyncState state() {
        return SettingsCodec.state(read(SettingsCodec.STATE));
    }

    @Override
    public void saveState(SyncState state) {
        replace(SettingsCodec.encode(state));
    }

    private Map<String, String> read(String prefix) {
        return rows.read(prefix);
    }

    private void replace(Map<String, String> values) {
        rows.replace(values, List.of());
    }
}
