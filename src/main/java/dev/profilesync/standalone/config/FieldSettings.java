package dev.profilesync.standalone.config;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.FieldEditing;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.InvalidSettingException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns the {@code fields} section into core field definitions, with the core's own checks. */
final class FieldSettings {
    private FieldSettings() {
    }

    static List<FieldDefinition> toDefinitions(List<ConfigFile.Field> fields) {
        List<FieldDefinition> definitions = new ArrayList<>(fields.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            ConfigFile.Field f = fields.get(i);
            String at = "fields[" + i + "]";
            if (f == null) {
                throw new ConfigException(at, "is empty: write the field's key, label and ldapAttribute in braces");
            }
            FieldDefinition definition = toDefinition(f, at);
            if (!keys.add(definition.key())) {
                throw new ConfigException(at + ".key", "key '" + definition.key() + "' is used by an earlier field: "
                        + "give each field its own key");
            }
            definitions.add(definition);
        }
        return List.copyOf(definitions);
    }

    private static FieldDefinition toDefinition(ConfigFile.Field f, String at) {
        try {
            return new FieldDefinition(f.key(), f.label(), f.type() == null ? FieldType.TEXT : f.type(), f.options(),
                    f.ldapAttribute(), f.syncEnabled() == null || f.syncEnabled(), f.whenMissing(), f.multiValue(),
                    f.template(), f.dnToUsername() != null && f.dnToUsername(),
                    new FieldDisplay(f.shownOnCards() == null || f.shownOnCards(),
                            f.searchable() == null || f.searchable(), f.format()),
                    new FieldEditing(Boolean.TRUE.equals(f.editable()), Boolean.TRUE.equals(f.writeBack())));
        } catch (InvalidSettingException e) {
            // The core names the setting by key ("fields.title.label"); the position finds it in the file.
            throw new ConfigException(at + " (" + e.setting() + ")", e.detail(), e);
        }
    }
}
