package dev.profilesync.people;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileListParametersTest {
    private static final java.util.List<dev.profilesync.core.FieldDefinition> FIELDS = PeopleRendererTest.FIELDS;

    @Test
    void defaultsAreEveryShownFieldATableAndAHundredPeople() {
        ProfileListParameters parameters = ProfileListParameters.parse(Map.of(), FIELDS, true);
        assertThat(parameters.limit()).isEqualTo(100);
        assertThat(parameters.layout()).isEqualTo(ProfileListParameters.Layout.TABLE);
        assertThat(parameters.columns()).extracting(f -> f.key()).doesNotContain("secret").contains("department");
        assertThat(parameters.sortBy()).isEqualTo("name");
    }

    @Test
    void readsFiltersFieldsSortLimitAndLayout() {
        ProfileListParameters parameters = ProfileListParameters.parse(Map.of("filter", "department=Sales; Email = a@b.c, group=staff",
                "fields", "phone, Department", "sort", "department", "limit", "1000", "layout", "Cards"), FIELDS, true);
        assertThat(parameters.filters()).containsEntry("department", "Sales").containsEntry("email", "a@b.c");
        assertThat(parameters.group()).contains("staff");
        assertThat(parameters.columns()).extracting(f -> f.key()).containsExactly("phone", "department");
        assertThat(parameters.sortBy()).isEqualTo("department");
        assertThat(parameters.limit()).isEqualTo(1000);
        assertThat(parameters.layout()).isEqualTo(ProfileListParameters.Layout.CARDS);
    }

    @Test
    void eachBadParameterIsNamed() {
        assertNamed(Map.of("filter", "department"), "filter");
        assertNamed(Map.of("filter", "shoe=42"), "filter");
        assertNamed(Map.of("fields", "department,shoe"), "fields");
        assertNamed(Map.of("sort", "shoe"), "sort");
        assertNamed(Map.of("limit", "1001"), "limit");
        assertNamed(Map.of("limit", "0"), "limit");
        assertNamed(Map.of("limit", "ten"), "limit");
        assertNamed(Map.of("layout", "grid"), "layout");
    }

    @Test
    void groupsAreRefusedWhereTheHostHasNone() {
        assertThatThrownBy(() -> ProfileListParameters.parse(Map.of("filter", "group=staff"), FIELDS, false))
                .isInstanceOfSatisfying(ParameterException.class, e -> assertThat(e.parameter()).isEqualTo("filter"));
    }

    private static void assertNamed(Map<String, String> raw, String parameter) {
        assertThatThrownBy(() -> ProfileListParameters.parse(raw, FIELDS, true))
                .isInstanceOfSatisfying(ParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.detail()).isNotBlank();
                });
    }
}
