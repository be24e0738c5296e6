package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FieldMapperTest {
    private static final DnResolver NO_DNS = dn -> Optional.empty();

    private static DirectoryEntry entry(Map<String, List<String>> attributes) {
        return new DirectoryEntry("uid=jdoe,ou=people,dc=example,dc=com", "jdoe", "uuid-1", attributes);
    }

    @Test
    void attributeNamesMatchCaseInsensitively() {
        MappedValue value = FieldMapper.map(FieldDefinition.text("dept", "Department", "departmentNumber"),
                entry(Map.of("departmentnumber", List.of("Sales"))), NO_DNS);
        assertThat(value).isEqualTo(new MappedValue.Present("Sales"));
    }

    @Test
    void missingAttributeIsMissingNotEmpty() {
        MappedValue value = FieldMapper.map(FieldDefinition.text("dept", "Department", "departmentNumber"),
                entry(Map.of()), NO_DNS);
        assertThat(value).isInstanceOf(MappedValue.Missing.class);
    }

    @Test
    void multiValuedAttributeTakesFirstOrJoinsAll() {
        var first = FieldDefinition.text("phone", "Phone", "telephoneNumber");
        var joined = new FieldDefinition("phone", "Phone", FieldType.TEXT, List.of(), "telephoneNumber", true,
                WhenMissing.CLEAR, MultiValue.JOINED, "", false);
        var entry = entry(Map.of("telephonenumber", List.of("+1 555", "+1 556")));
        assertThat(FieldMapper.map(first, entry, NO_DNS)).isEqualTo(new MappedValue.Present("+1 555"));
        assertThat(FieldMapper.map(joined, entry, NO_DNS)).isEqualTo(new MappedValue.Present("+1 555, +1 556"));
    }

    @Test
    void templateCombinesAttributesAndCollapsesGapsOfMissingOnes() {
        var name = new FieldDefinition("name", "Name", FieldType.TEXT, List.of(), "", true, WhenMissing.CLEAR,
                MultiValue.FIRST, "{givenName} {initials} {sn}", false);
        assertThat(FieldMapper.map(name, entry(Map.of("givenname", List.of("Ada"), "sn", List.of("Lovelace"))), NO_DNS))
                .isEqualTo(new MappedValue.Present("Ada Lovelace"));
        assertThat(FieldMapper.map(name, entry(Map.of()), NO_DNS)).isInstanceOf(MappedValue.Missing.class);
    }

    @Test
    void managerDnBecomesUsernameAndUnresolvableDnKeepsStoredValue() {
        var manager = new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(), "manager", true,
                WhenMissing.CLEAR, MultiValue.FIRST, "", true);
        var entry = entry(Map.of("manager", List.of("uid=boss,ou=people,dc=example,dc=com")));
        assertThat(FieldMapper.map(manager, entry, dn -> Optional.of("boss")))
                .isEqualTo(new MappedValue.Present("boss"));
        assertThat(FieldMapper.map(manager, entry, NO_DNS)).isInstanceOf(MappedValue.Rejected.class);
    }

    @Test
    void oversizedValueIsRejectedWithTheFieldAndLimit() {
        MappedValue value = FieldMapper.map(FieldDefinition.text("title", "Title", "title"),
                entry(Map.of("title", List.of("x".repeat(256)))), NO_DNS);
        assertThat(value).isInstanceOfSatisfying(MappedValue.Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("'title'", "256", "255", "stored value kept"));
    }

    @Test
    void invalidTextIsRejected() {
        var title = FieldDefinition.text("title", "Title", "title");
        assertThat(FieldMapper.map(title, entry(Map.of("title", List.of("bad \uFFFD bytes"))), NO_DNS))
                .isInstanceOf(MappedValue.Rejected.class);
        assertThat(FieldMapper.map(title, entry(Map.of("title", List.of("nul\u0000inside"))), NO_DNS))
                .isInstanceOf(MappedValue.Rejected.class);
        assertThat(FieldMapper.map(title, entry(Map.of("title", List.of("lone \uD800 surrogate"))), NO_DNS))
                .isInstanceOf(MappedValue.Rejected.class);
        assertThat(FieldMapper.map(title, entry(Map.of("title", List.of("Zoë 👩‍💻"))), NO_DNS))
                .isEqualTo(new MappedValue.Present("Zoë 👩‍💻"));
    }

    @Test
    void selectAcceptsOnlyItsOptionsInTheirSpelling() {
        var level = new FieldDefinition("level", "Level", FieldType.SELECT, List.of("Junior", "Senior"), "level",
                true, WhenMissing.KEEP, MultiValue.FIRST, "", false);
        assertThat(FieldMapper.map(level, entry(Map.of("level", List.of("senior"))), NO_DNS))
                .isEqualTo(new MappedValue.Present("Senior"));
        assertThat(FieldMapper.map(level, entry(Map.of("level", List.of("Chief"))), NO_DNS))
                .isInstanceOf(MappedValue.Rejected.class);
    }

    @Test
    void multilineKeepsLineBreaks() {
        var about = new FieldDefinition("about", "About", FieldType.MULTILINE, List.of(), "description", true,
                WhenMissing.CLEAR, MultiValue.FIRST, "", false);
        assertThat(FieldMapper.map(about, entry(Map.of("description", List.of("line one\nline two"))), NO_DNS))
                .isEqualTo(new MappedValue.Present("line one\nline two"));
    }
}
