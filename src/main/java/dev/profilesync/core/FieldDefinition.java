package dev.profilesync.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One profile field and how it is filled from the directory. Immutable; validated when built, so a stored
 * definition is always usable.
 *
 * @param key          stable identifier stored with each value, e.g. {@code department}
 * @param label        what people see
 * @param type         TEXT, MULTILINE, SELECT or PICTURE (a binary attribute; never shown or searched as text)
 * @param options      allowed values of a SELECT field (empty otherwise)
 * @param ldapAttribute the attribute read, e.g. {@code department}; may be empty when a template is given
 * @param syncEnabled  when false the field keeps whatever is stored
 * @param whenMissing  what happens when the entry has no value
 * @param multiValue   how several values become one
 * @param template     optional, e.g. {@code {givenName} {sn}}; attributes in braces are replaced by their values
 * @param dnToUsername the attribute holds a DN (e.g. {@code manager}) that is shown as that person's username
 * @param display      how people see the field: on cards, in search, as a link
 * @param editing      whether the person may edit it and whether the change is written back to the directory
 */
public record FieldDefinition(
        String key,
        String label,
        FieldType type,
        List<String> options,
        String ldapAttribute,
        boolean syncEnabled,
        WhenMissing whenMissing,
        MultiValue multiValue,
        String template,
        boolean dnToUsername,
        FieldDisplay display,
        FieldEditing editing) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    /** RFC 4512 attribute description: a name or OID, with options such as ;binary or ;lang-en. */
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+)(;[A-Za-z0-9-]+)*");

    public FieldDefinition {
        InvalidSettingException.require(key != null && KEY.matcher(key).matches(), "fields.key", "field.key.invalid",
                "field key '" + key + "' must start with a lower-case letter and use only a-z, 0-9, '-' and '_' (at most 40)");
        InvalidSettingException.require(label != null && !label.isBlank() && label.length() <= 100, "fields." + key + ".label",
                "field.label.invalid", "label of field '" + key + "' must be 1 to 100 characters");
        InvalidSettingException.require(type != null, "fields." + key + ".type", "field.type.missing",
                "field '" + key + "' needs a type: TEXT, MULTILINE, SELECT or PICTURE");
        options = options == null ? List.of() : List.copyOf(options);
        InvalidSettingException.require(type != FieldType.SELECT || !options.isEmpty(), "fields." + key + ".options",
                "field.options.missing", "SELECT field '" + key + "' needs at least one option");
        ldapAttribute = ldapAttribute == null ? "" : ldapAttribute.trim();
        template = template == null ? "" : template.trim();
        InvalidSettingException.require(!ldapAttribute.isEmpty() || !template.isEmpty(), "fields." + key + ".ldapAttribute",
                "field.attribute.missing", "field '" + key + "' needs an LDAP attribute or a template");
        InvalidSettingException.require(ldapAttribute.isEmpty() || ATTRIBUTE.matcher(ldapAttribute).matches(),
                "fields." + key + ".ldapAttribute", "field.attribute.invalid",
                "'" + ldapAttribute + "' is not an LDAP attribute name (letters, digits and '-', starting with a letter)");
        whenMissing = whenMissing == null ? WhenMissing.CLEAR : whenMissing;
        multiValue = multiValue == null ? MultiValue.FIRST : multiValue;
        display = display == null ? FieldDisplay.DEFAULT : display;
        if (!template.isEmpty()) {
            validateTemplate(key, template);
        }
        if (type == FieldType.PICTURE) {
            InvalidSettingException.require(template.isEmpty() && !dnToUsername && !ldapAttribute.isEmpty(),
                    "fields." + key + ".ldapAttribute", "field.picture.attribute",
                    "PICTURE field '" + key + "' reads one binary attribute (thumbnailPhoto, jpegPhoto): no template, "
                            + "no DN reference");
            // A digest on a card or in search means nothing to anyone; the picture is shown as the avatar instead.
            display = new FieldDisplay(false, false, ValueFormat.TEXT);
        }
        editing = editing == null ? FieldEditing.DEFAULT : editing;
        if (editing.writeBack()) {
            validateWriteBack(key, type, ldapAttribute, template, dnToUsername);
        }
    }

    /** A definition with the given display, read-only and not written back ({@link FieldEditing#DEFAULT}). */
    public FieldDefinition(String key, String label, FieldType type, List<String> options, String ldapAttribute,
                           boolean syncEnabled, WhenMissing whenMissing, MultiValue multiValue, String template,
                           boolean dnToUsername, FieldDisplay display) {
        this(key, label, type, options, ldapAttribute, syncEnabled, whenMissing, multiValue, template, dnToUsername,
                display, FieldEditing.DEFAULT);
    }

    /** A definition shown on cards and searchable, its links chosen from the attribute ({@link FieldDisplay#DEFAULT}). */
    public FieldDefinition(String key, String label, FieldType type, List<String> options, String ldapAttribute,
                           boolean syncEnabled, WhenMissing whenMissing, MultiValue multiValue, String template,
                           boolean dnToUsername) {
        this(key, label, type, options, ldapAttribute, syncEnabled, whenMissing, multiValue, template, dnToUsername,
                FieldDisplay.DEFAULT);
    }

    /** A plain attribute mapping with the usual defaults: synced, cleared when missing, first value. */
    public static FieldDefinition text(String key, String label, String ldapAttribute) {
        return new FieldDefinition(key, label, FieldType.TEXT, List.of(), ldapAttribute, true, WhenMissing.CLEAR,
                MultiValue.FIRST, "", false);
    }

    /** The attributes this field reads, in the order they appear. */
    public Set<String> attributesRead() {
        Set<String> names = new LinkedHashSet<>();
        if (!ldapAttribute.isEmpty()) {
            names.add(ldapAttribute);
        }
        var matcher = FieldTemplate.PART.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public FieldDefinition withSyncEnabled(boolean enabled) {
        return new FieldDefinition(key, label, type, options, ldapAttribute, enabled, whenMissing, multiValue, template,
                dnToUsername, display, editing);
    }

    public FieldDefinition withLdapAttribute(String attribute) {
        return new FieldDefinition(key, label, type, options, attribute, syncEnabled, whenMissing, multiValue, template,
                dnToUsername, display, editing);
    }

    public FieldDefinition withWhenMissing(WhenMissing missing) {
        return new FieldDefinition(key, label, type, options, ldapAttribute, syncEnabled, missing, multiValue, template,
                dnToUsername, display, editing);
    }

    public FieldDefinition withDisplay(FieldDisplay newDisplay) {
        return new FieldDefinition(key, label, type, options, ldapAttribute, syncEnabled, whenMissing, multiValue, template,
                dnToUsername, newDisplay, editing);
    }

    public FieldDefinition withEditing(FieldEditing newEditing) {
        return new FieldDefinition(key, label, type, options, ldapAttribute, syncEnabled, whenMissing, multiValue, template,
                dnToUsername, display, newEditing);
    }

    /**
     * Whether the person's edit form offers this field as an input: it is editable, and either written back or not
     * synced (a synced field that is not written back would be overwritten by the next sync).
     */
    public boolean editableByPerson() {
        return editing.editable() && (editing.writeBack() || !syncEnabled);
    }

    /** How the field's values are linked on cards, with {@link ValueFormat#AUTO} resolved from the mapping. */
    public ValueFormat format() {
        return display.format().resolve(this);
    }

    private static void validateWriteBack(String key, FieldType type, String attribute, String template,
                                          boolean dnToUsername) {
        String setting = "fields." + key + ".writeBack";
        InvalidSettingException.require(type.canWriteBack(), setting, "field.writeBack.type",
                "field '" + key + "' is of type " + type + ", which cannot be written back to the directory");
        InvalidSettingException.require(!attribute.isEmpty() && template.isEmpty(), setting, "field.writeBack.template",
                "field '" + key + "' is written back, so it needs an LDAP attribute of its own, not a template:"
                        + " set ldapAttribute and clear the template, or turn write-back off");
        InvalidSettingException.require(type != FieldType.PICTURE || Picture.writableAttribute(attribute), setting,
                "field.writeBack.binary", "field '" + key + "' writes a picture back to '" + attribute + "', which is"
                        + " not read as binary data: use thumbnailPhoto (Active Directory), jpegPhoto or photo");
        InvalidSettingException.require(!dnToUsername, setting, "field.writeBack.dn",
                "field '" + key + "' shows a DN as a username, which cannot be written back: turn write-back off");
    }

    private static void validateTemplate(String key, String template) {
        String setting = "fields." + key + ".template";
        int depth = 0;
        for (char c : template.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            InvalidSettingException.require(depth == 0 || depth == 1, setting, "field.template.unbalanced",
                    "template of field '" + key + "' has unbalanced braces: write attributes as {givenName}");
        }
        InvalidSettingException.require(depth == 0, setting, "field.template.unbalanced",
                "template of field '" + key + "' has unbalanced braces: write attributes as {givenName}");
        var matcher = FieldTemplate.PART.matcher(template);
        boolean any = false;
        while (matcher.find()) {
            any = true;
            String name = matcher.group(1);
            InvalidSettingException.require(ATTRIBUTE.matcher(name).matches(), setting, "field.template.attribute",
                    "template of field '" + key + "' names '" + name + "', which is not an LDAP attribute name");
        }
        InvalidSettingException.require(any, setting, "field.template.empty",
                "template of field '" + key + "' names no attribute: write attributes as {givenName}");
    }
}
