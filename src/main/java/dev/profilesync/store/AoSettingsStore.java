package dev.profilesync.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SettingsStore;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import net.java.ao.Query;

/**
 * Field definitions in {@link FieldDefinitionEntity} rows, in display order; settings and sync state as named values
 * in {@link SettingEntity} rows (see {@link SettingsCodec}). Each save replaces what it covers in one transaction.
 * Thread-safe.
 */
final class AoSettingsStore implements SettingsStore {
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
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            rows.add(FieldRows.row(fields.get(i), i));
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(FieldDefinitionEntity.class, "ID > ?", 0);
            ao.create(FieldDefinitionEntity.class, rows);
            return null;
        });
    }

    /**
     * The highest setting and field row ids: every save deletes the rows it covers and inserts new ones, whose ids
     * are higher than any before, so each save changes the stamp. Two primary-key reads in one transaction.
     */
    @Override
    public Optional<String> changeStamp() {
        return Optional.of(ao.executeInTransaction(() -> {
            SettingEntity[] setting = ao.find(SettingEntity.class, Query.select("ID").order("ID DESC").limit(1));
            FieldDefinitionEntity[] field = ao.find(FieldDefinitionEntity.class,
                    Query.select("ID").order("ID DESC").limit(1));
            return (setting.length == 0 ? 0 : setting[0].getID()) + "/" + (field.length == 0 ? 0 : field[0].getID());
        }));
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
