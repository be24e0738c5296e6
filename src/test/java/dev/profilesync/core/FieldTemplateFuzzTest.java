package dev.profilesync.core;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text as a field template: it is refused with the core's own exception naming the template setting, or
 * accepted, and then mapping it over an entry (with values that are themselves braces and DNs) never throws and
 * yields a value, a missing value or a reasoned rejection.
 */
class FieldTemplateFuzzTest {
    private static final DirectoryEntry ENTRY = new DirectoryEntry("uid=jdoe,ou=people,dc=example,dc=com", "jdoe",
            "u-1", Map.of("givenname", List.of("Jane"), "sn", List.of("{sn}"), "cn", List.of("$1 \\ {x}"),
            "manager", List.of("uid=boss,ou=people,dc=example,dc=com")));

    @FuzzTest(maxDuration = "10s")
    void anyTemplateIsRefusedPlainlyOrMapsWithoutThrowing(FuzzedDataProvider data) {
        String template = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        FieldDefinition field;
        try {
            field = new FieldDefinition("name", "Name", FieldType.TEXT, List.of(), "", true, WhenMissing.CLEAR,
                    MultiValue.FIRST, template, false);
        } catch (InvalidSettingException e) {
            assertThat(e.setting()).startsWith("fields.name.");
            assertThat(e.detail()).doesNotContain("Exception");
            return;
        }
        MappedValue mapped = FieldMapper.map(field, ENTRY, dn -> dn.startsWith("uid=boss,")
                ? java.util.Optional.of("boss") : java.util.Optional.empty());
        assertThat(mapped).isNotNull();
        if (mapped instanceof MappedValue.Present present) {
            assertThat(present.value()).isNotBlank().isEqualTo(present.value().strip());
        }
    }
}
