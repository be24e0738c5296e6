package dev.profilesync.confluence;

import com.atlassian.confluence.macro.Macro;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

/** The Profile List macro inside Confluence: parameters, groups, policies, permission and escaping. */
class ProfileListMacroTest {
    private ConfluencePeopleFixture fixture;
    private ProfileListMacro macro;

    @BeforeEach
    void setUp() {
        fixture = new ConfluencePeopleFixture();
        macro = new ProfileListMacro(fixture.people);
        fixture.user("ann", "Ann Lee", Map.of("department", "Sales", "location", "Berlin"));
        fixture.user("bob", "Bob Stone", Map.of("department", "Support", "location", "Berlin"));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private String render(Map<String, String> parameters) {
        return macro.execute(parameters, "", null);
    }

    @Test
    void listsThePeopleMatchingTheFilterWithTheChosenFields() {
        String html = render(Map.of("filter", "department=Sales", "fields", "location"));

        assertThat(html).contains("Ann Lee", "Berlin", "<th>Location</th>").doesNotContain("Bob Stone", "<th>Department</th>");
        verify(fixture.host.pageBuilder.assembler().resources()).requireWebResource(ConfluencePeople.WEB_RESOURCES);
    }

    @Test
    void cardsLayoutRendersCards() {
        assertThat(render(Map.of("layout", "cards"))).contains("class=\"ps-card\"").doesNotContain("<table");
    }

    @Test
    void badLimitRendersAnInlineErrorNamingTheParameter() {
        String html = render(Map.of("limit", "lots"));

        assertThat(html).contains("aui-message-error", "<code>limit</code>", ProfileListMacro.ERROR_TITLE)
                .doesNotContain("Exception", "Ann Lee");
    }

    @Test
    void unknownFieldInTheFilterNamesTheFilter() {
        assertThat(render(Map.of("filter", "shoe-size=42"))).contains("<code>filter</code>", "shoe-size");
    }

    @Test
    void unknownLayoutNamesTheLayout() {
        assertThat(render(Map.of("layout", "pie"))).contains("<code>layout</code>");
    }

    @Test
    void groupFilterListsOnlyTheGroupsMembers() {
        fixture.group("sales-team", "ann");

        assertThat(render(Map.of("filter", "group=sales-team, location=Berlin")))
                .contains("Ann Lee").doesNotContain("Bob Stone");
    }

    @Test
    void unknownGroupNamesTheFilter() {
        assertThat(render(Map.of("filter", "group=nobody"))).contains("<code>filter</code>", "nobody")
                .doesNotContain("Ann Lee");
    }

    @Test
    void unlicensedUsersAreLeftOutWhenThePolicyHidesThem() {
        fixture.user("carl", "Carl Unlicensed", false, Map.of("department", "Sales"));
        fixture.hideUnlicensed();

        assertThat(render(Map.of("filter", "department=Sales"))).contains("Ann Lee").doesNotContain("Carl Unlicensed");
    }

    @Test
    void unlicensedUsersAreListedWhenThePolicyShowsThem() {
        fixture.user("carl", "Carl Unlicensed", false, Map.of("department", "Sales"));

        assertThat(render(Map.of("filter", "department=Sales"))).contains("Ann Lee", "Carl Unlicensed");
    }

    @Test
    void viewerWithoutPeopleDirectoryPermissionGetsConfluencesNotPermittedSentence() {
        fixture.mayViewPeople(false);

        assertThat(render(Map.of())).contains(ConfluencePeople.NOT_PERMITTED).doesNotContain("Ann Lee");
    }

    @Test
    void hostileNamesAndValuesAreEscaped() {
        fixture.user("eve", "<script>alert(1)</script>", Map.of("department", "<img src=x onerror=alert(2)>"));

        String html = render(Map.of("fields", "department"));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src")
                .doesNotContain("<script", "<img");
    }

    @Test
    void isABlockMacroWithoutBody() {
        assertThat(macro.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(macro.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }
}
