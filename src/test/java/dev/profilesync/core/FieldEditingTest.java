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
    void withersKeepTheEditingFlags() {
        FieldDefinition phone = FieldDefinition.text("phone", "Phone", "telephoneNumber").withEditing(WRITE_BACK);

        assertThat(phone.withLdapAttribute("mobile").withSyncEnabled(false).editing()).isEqualTo(WRITE_BACK);
    }
}
