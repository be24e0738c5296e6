package dev.profilesync.store;

import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Named text values in {@link SettingEntity} rows: read by name prefix, replaced or removed by name. Thread-safe. */
final class SettingRows {
    private final AoAccess ao;

    SettingRows(AoAccess ao) {
        this.ao = ao;
    }

    /** Every value whose name starts with this prefix, by name; a null value reads as empty. */
    Map<String, String> read(String prefix) {
        Map<String, String> values = new HashMap<>();
        Query query = Query.select("ID, SETTING_KEY, SETTING_VALUE").where("SETTING_KEY LIKE ?", prefix + "%");
        ao.executeInTransaction(() -> {
            ao.stream(SettingEntity.class, query, (SettingEntity row) -> values.put(row.getSettingKey(),
                    row.getSettingValue() == null ? "" : row.getSettingValue()));
            return null;
        });
        return values;
    }

    /** Writes these values and removes the named ones, in one transaction. */
    void replace(Map<String, String> values, Collection<String> removed) {
        List<Object> keys = new ArrayList<>(values.keySet());
        keys.addAll(removed);
        List<Map<String, Object>> rows = new ArrayList<>();
        values.forEach((key, value) -> rows.add(Map.of("SETTING_KEY", key, "SETTING_VALUE", value)));
        ao.executeInTransaction(() -> {
            if (!keys.isEmpty()) {
                ao.deleteWithSQL(SettingEntity.class, InClause.of("SETTING_KEY", keys.size()), keys.toArray());
            }
            if (!rows.isEmpty()) {
                ao.create(SettingEntity.class, rows);
            }
            return null;
        });
    }
}
