package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsValidationTest {

    @Test
    void presetsWriteWhatOpenLdapAndActiveDirectoryExpect() {
        Instant instant = Instant.parse("2026-11-21T23:44:43Z");
        assertThat(TimestampPattern.OPENLDAP.format(instant)).isEqualTo("20261121234443Z");
        assertThat(TimestampPattern.ACTIVE_DIRECTORY.format(instant)).isEqualTo("20261121234443.0Z");
    }

    @Test
    void badTimestampPatternNamesTheSettingAndThePresets() {
        assertThatThrownBy(() -> new TimestampPattern("yyyyMMdd"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isEqualTo("timestampPattern");
                    assertThat(e.getMessage()).contains("HH", "yyyyMMddHHmmssZ");
                });
        assertThatThrownBy(() -> new TimestampPattern("yyyyMMddHHmmss{bad}"))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void fieldDefinitionRejectsWhatCouldNotBeSynced() {
        assertThatThrownBy(() -> FieldDefinition.text("Bad Key", "x", "title"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("fields.key"));
        assertThatThrownBy(() -> FieldDefinition.text("title", "Title", "ti(tle"))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("fields.title.ldapAttribute"));
        assertThatThrownBy(() -> new FieldDefinition("level", "Level", FieldType.SELECT, List.of(), "level", true,
                null, null, "", false)).hasMessageContaining("option");
        assertThatThrownBy(() -> new FieldDefinition("name", "Name", FieldType.TEXT, List.of(), "", true,
                null, null, "{givenName {sn}", false)).hasMessageContaining("braces");
    }

    @Test
    void templateAttributesAreRead() {
        var name = new FieldDefinition("name", "Name", FieldType.TEXT, List.of(), "", true, null, null,
                "{givenName} {sn}", false);
        assertThat(name.attributesRead()).containsExactly("givenName", "sn");
    }

    @Test
    void settingsRangesAreChecked() {
        assertThatThrownBy(() -> SyncSettings.defaults().withSafetyThreshold(101))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("safetyThresholdPercent"));
        assertThatThrownBy(() -> SyncSettings.defaults().withBatchSize(0)).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void singleUserRequestNeedsAUsername() {
        assertThatThrownBy(() -> SyncRequest.user(" ", SyncTrigger.LOGIN)).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void mappingFingerprintChangesWhenAnAttributeChanges() {
        var before = List.of(FieldDefinition.text("dept", "Department", "departmentNumber"));
        var after = List.of(FieldDefinition.text("dept", "Department", "department"));
        assertThat(MappingFingerprint.of(before)).isEqualTo(MappingFingerprint.of(List.copyOf(before)))
                .isNotEqualTo(MappingFingerprint.of(after));
    }

    @Test
    void aRememberedMappingFingerprintIsOnlyGivenForTheSameFields() {
        var department = List.of(FieldDefinition.text("dept", "Department", "department"));
        var title = List.of(FieldDefinition.text("dept", "Department", "title"));
        String first = MappingFingerprint.of(department);

        assertThat(MappingFingerprint.of(title)).isNotEqualTo(first);
        assertThat(MappingFingerprint.of(department)).isEqualTo(first);
        assertThat(MappingFingerprint.of(List.of(department.get(0).withLdapAttribute("title"))))
                .isEqualTo(MappingFingerprint.of(title));
    }

    @Test
    void safetyThresholdTripsOnlyBelowTheShareOfLastRun() {
        assertThat(ClearGuard.belowThreshold(49, 100, 50)).isTrue();
        assertThat(ClearGuard.belowThreshold(50, 100, 50)).isFalse();
        assertThat(ClearGuard.belowThreshold(1, 100, 0)).isFalse();
        assertThat(ClearGuard.belowThreshold(1, 0, 50)).isFalse();
    }
}
