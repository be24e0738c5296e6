package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldEditingTest {
    private static final FieldEditing WRITE_BACK = new FieldEditing(true, true);

    @Test
    void fieldsAreReadOnlyAndNotWrittenBackUnlessTheySaySo() {
        FieldDefinition phone = FieldDefinition.text("phone", "Phone", "telephoneNumber");

        assertThat(phone.editing()).isEqualTo(FieldEditing.DEFAULT);
        assertThat(phone.editableByPerson()).isFalse();
    }

    @Test
    void syncedFieldIsEditableByThePersonOnlyWhenWrittenBack() {
        FieldDefinition phone = FieldDefinition.text("phone", "Phone", "telephoneNumber");

        assertThat(phone.withEditing(new FieldEditing(true, false)).editableByPerson()).isFalse();
        assertThat(phone.withEditing(WRITE_BACK).editableByPerson()).isTrue();
        assertThat(phone.withSyncEnabled(false).withEditing(new FieldEditing(true, false)).editableByPerson()).isTrue();
    }

    @Test
    void writtenBackTemplateFieldIsRefusedByName() {
        FieldDefinition name = new FieldDefinition("name", "Name", FieldType.TEXT, List.of(), "", true,
                WhenMissing.CLEAR, MultiValue.FIRST, "{givenName} {sn}", false);

        assertThatThrownBy(() -> name.withEditing(WRITE_BACK))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("fields.name.writeBack"))
                .hasMessageContaining("field 'name'").hasMessageContaining("not a template");
    }

    @Test
    void writtenBackDnFieldIsRefusedByName() {
        FieldDefinition manager = new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(), "manager", true,
                WhenMissing.CLEAR, MultiValue.FIRST, "", true);

        assertThatThrownBy(() -> manager.withEditing(WRITE_BACK)).hasMessageContaining("field 'manager'")
                .hasMessageContaining("DN");
    }

    @Test
    void aPictureIsWrittenBackOnlyToAnAttributeReadAsBinary() {
        FieldDefinition photo = new FieldDefinition("photo", "Photo", FieldType.PICTURE, List.of(), "thumbnailPhoto",
                true, WhenMissing.CLEAR, MultiValue.FIRST, "", false);

        assertThat(photo.withEditing(WRITE_BACK).editing()).isEqualTo(WRITE_BACK);
        assertThat(photo.withLdapAttribute("jpegPhoto").withEditing(WRITE_BACK).editableByPerson()).isTrue();
        assertThatThrownBy(() -> photo.withLdapAttribute("employeePhoto").withEditing(WRITE_BACK))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("fields.photo.writeBack"))
                .hasMessageContaining("'employeePhoto'").hasMessageContaining("not read as binary");
    }

    @Test
    void withersKeepTheEditingFlags() {
        FieldDefinition phone = FieldDefinition.text("phone", "Phone", "telephoneNumber").withEditing(WRITE_BACK);

        assertThat(phone.withLdapAttribute("mobile").withSyncEnabled(false).editing()).isEqualTo(WRITE_BACK);
    }
}
