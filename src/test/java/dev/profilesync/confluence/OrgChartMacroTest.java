package dev.profilesync.confluence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The org chart macro inside Confluence: whose chart, policies, permission and escaping. */
class OrgChartMacroTest {
    private ConfluencePeopleFixture fixture;
    private OrgChartMacro macro;

    @BeforeEach
    void setUp() {
        fixture = new ConfluencePeopleFixture();
        macro = new OrgChartMacro(fixture.people);
        fixture.user("boss", "Big Boss", Map.of("department", "Board"));
        fixture.viewer = fixture.user("ann", "Ann Lee", Map.of("manager", "boss"));
        fixture.user("bob", "Bob Stone", Map.of("manager", "ann"));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private String render(Map<String, String> parameters) {
        return macro.execute(parameters, "", null);
    }

    @Test
    void withoutUserShowsTheViewersChart() {
        String html = render(Map.of());

        assertThat(html).contains("ps-org-self", "Ann Lee", "Big Boss", "Bob Stone", "Direct reports (1)");
    }

    @Test
    void namedUserShowsTheirChart() {
        assertThat(render(Map.of("user", "bob"))).contains("<strong><bdi>Bob Stone</bdi></strong>", "Ann Lee",
                "Big Boss");
    }

    @Test
    void unlicensedManagerIsAPlainNameWithoutLinkWhenThePolicyHidesThem() {
        fixture.user("carl", "Carl Unlicensed", false, Map.of());
        fixture.user("dora", "Dora Report", Map.of("manager", "carl"));
        fixture.hideUnlicensed();

        String html = render(Map.of("user", "dora"));

        assertThat(html).contains("<span class=\"ps-person-unlinked\"><bdi>Carl Unlicensed</bdi></span>")
                .doesNotContain("people/carl");
    }

    @Test
    void unlicensedUserHasNoChartWhenThePolicyHidesThem() {
        fixture.user("carl", "Carl Unlicensed", false, Map.of());
        fixture.hideUnlicensed();

        assertThat(render(Map.of("user", "carl"))).contains("aui-message-error", "<code>user</code>",
                OrgChartMacro.ERROR_TITLE);
    }

    @Test
    void anonymousViewerMustNameSomeone() {
        fixture.viewer = null;

        assertThat(render(Map.of())).contains("<code>user</code>", "anonymous");
    }

    @Test
    void viewerWithoutPeopleDirectoryPermissionGetsConfluencesNotPermittedSentence() {
        fixture.mayViewPeople(false);

        assertThat(render(Map.of("user", "ann"))).contains(ConfluencePeople.NOT_PERMITTED).doesNotContain("Ann Lee");
    }

    @Test
    void unknownUserIsEscapedInTheError() {
        assertThat(render(Map.of("user", "<b>x</b>"))).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x");
    }
}
