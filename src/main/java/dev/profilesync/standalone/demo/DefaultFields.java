package dev.profilesync.standalone.demo;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.FieldEditing;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.WhenMissing;

import java.util.List;

/**
 * The field mappings the demo and the benchmark start with: the usual profile fields of an inetOrgPerson directory
 * (OpenLDAP's standard schema; {@code ou} holds the department name).
 */
public final class DefaultFields {
    private static final FieldEditing WRITTEN_BACK = new FieldEditing(true, true);

    private DefaultFields() {
    }

    public static List<FieldDefinition> all() {
        return List.of(
                FieldDefinition.text("department", "Department", "ou"),
                FieldDefinition.text("title", "Job title", "title"),
                // People keep their own numbers and "About me" current, written back to the directory.
                FieldDefinition.text("phone", "Phone", "telephoneNumber").withEditing(WRITTEN_BACK),
                FieldDefinition.text("mobile", "Mobile", "mobile").withEditing(WRITTEN_BACK),
                FieldDefinition.text("location", "Location", "l"),
                new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(), "manager", true,
                        WhenMissing.CLEAR, MultiValue.FIRST, "", true),
                FieldDefinition.text("employee-number", "Employee number", "employeeNumber"),
                FieldDefinition.text("email", "Email", "mail"),
                // The card's title already shows the name: the field names people, it is not shown twice.
                new FieldDefinition("full-name", "Full name", FieldType.TEXT, List.of(), "", true, WhenMissing.CLEAR,
                        MultiValue.FIRST, "{givenName} {sn}", false, new FieldDisplay(false, true, ValueFormat.AUTO)),
                new FieldDefinition("about", "About me", FieldType.MULTILINE, List.of(), "description", true,
                        WhenMissing.CLEAR, MultiValue.JOINED, "", false).withEditing(WRITTEN_BACK));
    }

    /**
     * What the demo starts with: {@link #all()} and a picture from {@code jpegPhoto}, so a new user sees pictures.
     * The benchmark keeps to {@link #all()}: its generated directories carry no pictures.
     */
    public static List<FieldDefinition> demo() {
        List<FieldDefinition> fields = new java.util.ArrayList<>(all());
        fields.add(new FieldDefinition("picture", "Picture", FieldType.PICTURE, List.of(), "jpegPhoto", true,
                WhenMissing.CLEAR, MultiValue.FIRST, "", false));
        return List.copyOf(fields);
    }

    /** The first {@code count} of {@link #all()} (1 to 10). */
    public static List<FieldDefinition> first(int count) {
        List<FieldDefinition> all = all();
        return all.subList(0, Math.max(1, Math.min(count, all.size())));
    }
}
