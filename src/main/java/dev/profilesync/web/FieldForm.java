package dev.profilesync.web;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.FieldEditing;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.WhenMissing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A field mapping as the page sends and receives it. Turning it into a {@link FieldDefinition} runs the core's
 * validation; errors name the form field ({@code label}, {@code ldapAttribute}, ...).
 */
record FieldForm(String key, String label, String type, List<String> options, String ldapAttribute,
                 Boolean syncEnabled, String whenMissing, String multiValue, String template, Boolean dnToUsername,
                 Boolean shownOnCards, Boolean searchable, String format, Boolean editable,
                 Boolean writeBack) {

    FieldDefinition toDefinition() {
        FieldType fieldType = Enums.parse(FieldType.class, type, null, "type", "TEXT, MULTILINE, SELECT or PICTURE");
        List<String> cleanOptions = options == null ? List.of()
                : options.stream().filter(Objects::nonNull).map(String::trim).filter(o -> !o.isEmpty()).toList();
        return new FieldDefinition(key == null ? null : key.trim(), label == null ? null : label.trim(), fieldType,
                cleanOptions, ldapAttribute, syncEnabled == null || syncEnabled,
                Enums.parse(WhenMissing.class, whenMissing, WhenMissing.CLEAR, "whenMissing", "CLEAR or KEEP"),
                Enums.parse(MultiValue.class, multiValue, MultiValue.FIRST, "multiValue", "FIRST or JOINED"),
                template, Boolean.TRUE.equals(dnToUsername),
                new FieldDisplay(shownOnCards == null || shownOnCards, searchable == null || searchable,
                        Enums.parse(ValueFormat.class, format, ValueFormat.AUTO, "format",
                                "AUTO, TEXT, PHONE, EMAIL, URL or PERSON")),
                new FieldEditing(Boolean.TRUE.equals(editable), Boolean.TRUE.equals(writeBack)));
    }

    static Map<String, Object> json(FieldDefinition field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", field.key());
        json.put("label", field.label());
        json.put("type", field.type().name());
        json.put("options", field.options());
        json.put("ldapAttribute", field.ldapAttribute());
        json.put("syncEnabled", field.syncEnabled());
        json.put("whenMissing", field.whenMissing().name());
        json.put("multiValue", field.multiValue().name());
        json.put("template", field.template());
        json.put("dnToUsername", field.dnToUsername());
        json.put("shownOnCards", field.display().shownOnCards());
        json.put("searchable", field.display().searchable());
        json.put("format", field.display().format().name());
        json.put("editable", field.editing().editable());
        json.put("writeBack", field.editing().writeBack());
        return json;
    }

    /** The form field an error of the core's validation belongs to: "fields.dept.label" is the label. */
    static String formField(String setting) {
        if (!setting.startsWith("fields.")) {
            return setting;
        }
        return setting.substring(setting.lastIndexOf('.') + 1);
    }
}
