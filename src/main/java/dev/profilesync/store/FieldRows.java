package dev.profilesync.store;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.FieldEditing;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.WhenMissing;

import java.util.HashMap;
import java.util.Map;

/** {@link FieldDefinition}s as {@link FieldDefinitionEntity} rows and back. */
final class FieldRows {
    static final String COLUMNS = "ID, FIELD_KEY, DISPLAY_ORDER, LABEL, FIELD_TYPE, OPTIONS_JSON, LDAP_ATTRIBUTE, "
            + "SYNC_ENABLED, WHEN_MISSING, MULTI_VALUE, TEMPLATE, DN_TO_USERNAME, SHOWN_ON_CARDS, SEARCHABLE, VALUE_FORMAT, "
            + "EDITABLE, WRITE_BACK";

    private FieldRows() {
    }

    static Map<String, Object> row(FieldDefinition field, int displayOrder) {
        Map<String, Object> row = new HashMap<>();
        row.put("FIELD_KEY", field.key());
        row.put("DISPLAY_ORDER", displayOrder);
        row.put("LABEL", field.label());
        row.put("FIELD_TYPE", field.type().name());
        row.put("OPTIONS_JSON", StoredJson.strings(field.options()));
        row.put("LDAP_ATTRIBUTE", field.ldapAttribute());
        row.put("SYNC_ENABLED", field.syncEnabled());
        row.put("WHEN_MISSING", field.whenMissing().name());
        row.put("MULTI_VALUE", field.multiValue().name());
        row.put("TEMPLATE", field.template());
        row.put("DN_TO_USERNAME", field.dnToUsername());
        row.put("SHOWN_ON_CARDS", field.display().shownOnCards());
        row.put("SEARCHABLE", field.display().searchable());
        row.put("VALUE_FORMAT", field.display().format().name());
        row.put("EDITABLE", field.editing().editable());
        row.put("WRITE_BACK", field.editing().writeBack());
        return row;
    }

    /** The definition a row holds, validated again as any definition is. */
    static FieldDefinition definition(FieldDefinitionEntity row) {
        return new FieldDefinition(row.getFieldKey(), row.getLabel(), FieldType.valueOf(row.getFieldType()),
                StoredJson.strings(row.getOptionsJson(), "options of field '" + row.getFieldKey() + "'"),
                row.getLdapAttribute(), row.getSyncEnabled(), WhenMissing.valueOf(row.getWhenMissing()),
                MultiValue.valueOf(row.getMultiValue()), row.getTemplate(), row.getDnToUsername(), display(row),
                new FieldEditing(Boolean.TRUE.equals(row.getEditable()), Boolean.TRUE.equals(row.getWriteBack())));
    }

    private static FieldDisplay display(FieldDefinitionEntity row) {
        return new FieldDisplay(!Boolean.FALSE.equals(row.getShownOnCards()), !Boolean.FALSE.equals(row.getSearchable()),
                row.getValueFormat() == null ? ValueFormat.AUTO : ValueFormat.valueOf(row.getValueFormat()));
    }
}
