package dev.profilesync.confluence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The People page inside Confluence and its header link: who gets in, search, a person's page, escaping. */
class PeopleServletTest {
    private ConfluencePeopleFixture fixture;
    private PeopleServlet servlet;

    @BeforeEach
    void setUp() {
        fixture = new ConfluencePeopleFixture();
        servlet = new PeopleServlet(fixture.people, fixture.host.services());
        fixture.user("boss", "Big Boss", Map.of("department", "Board"));
        fixture.viewer = fixture.user("ann", "Ann Lee", Map.of("department", "Sales", "manager", "boss"));
        fixture.user("bob", "Bob Stone", Map.of("department", "Support"));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private Http.Response get(String pathInfo, Map<String, String[]> parameters) throws Exception {
        HttpServletRequest request = Http.request("GET", pathInfo, "");
        when(request.getParameterMap()).thenReturn(parameters);
        Http.Response response = new Http.Response();
        servlet.doGet(request, response.mock);
        return response;
    }

    @Test
    void anonymousUsersAreSentToTheLoginPageAndBack() throws Exception {
        fixture.viewer = null;
        when(fixture.host.loginUris.getLoginUri(any())).thenReturn(URI.create("/confluence/login.action?os_destination=x"));

        Http.Response response = get(null, Map.of());

        assertThat(response.redirect).isEqualTo("/confluence/login.action?os_destination=x");
        assertThat(response.text()).isEmpty();
    }

    @Test
    void usersWithoutPeopleDirectoryPermissionAreRefused() throws Exception {
        fixture.mayViewPeople(false);

        Http.Response response = get(null, Map.of());

        assertThat(response.status).isEqualTo(403);
        assertThat(response.text()).isEmpty();
    }

    @Test
    void directoryIsAConfluenceDecoratedPageWithThePeopleStyles() throws Exception {
        Http.Response response = get(null, Map.of());

        assertThat(response.text()).contains("<meta name=\"decorator\" content=\"atl.general\">",
                "<title>" + PeopleServlet.TITLE + "</title>", "Ann Lee", "Bob Stone", "Big Boss");
        verify(fixture.host.pageBuilder.assembler().resources()).requireWebResource(ConfluencePeople.WEB_RESOURCES);
    }

    @Test
    void searchFiltersBySyncedFields() throws Exception {
        Http.Response response = get("/", Map.of("f.department", new String[] {"Sales"}));

        assertThat(response.text()).contains("Ann Lee").doesNotContain("Bob Stone</bdi>");
    }

    @Test
    void searchTextIsEchoedEscaped() throws Exception {
        Http.Response response = get(null, Map.of("q", new String[] {"\"><script>alert(1)</script>"}));

        assertThat(response.text()).contains("&quot;&gt;&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void personPageShowsTheCardAndOrgChart() throws Exception {
        Http.Response response = get("/ann", Map.of());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.text()).contains("<title>Ann Lee</title>", "class=\"ps-card\"", "ps-org-chart", "Big Boss");
    }

    @Test
    void aViewerWhoseConfluenceLanguageIsGermanReadsThePeoplePagesInGerman() throws Exception {
        when(fixture.host.locales.getLocale()).thenReturn(java.util.Locale.GERMANY);

        assertThat(get("/ann", Map.of()).text()).contains("aria-label=\"Vorgesetzte\"")
                .doesNotContain("aria-label=\"Managers\"");
        assertThat(get(null, Map.of()).text()).contains(">Suchen<", "von 3 Personen").doesNotContain("Sort by");
    }

    @Test
    void usernameWithASlashIsTheWholeRestOfThePath() throws Exception {
        fixture.user("dept/ann", "Ann Slash", Map.of());

        assertThat(get("/dept/ann", Map.of()).text()).contains("<title>Ann Slash</title>");
    }

    @Test
    void personThePoliciesHideIsNotFound() throws Exception {
        fixture.user("carl", "Carl Unlicensed", false, Map.of());
        fixture.hideUnlicensed();

        assertThat(get("/carl", Map.of()).status).isEqualTo(404);
        assertThat(get("/nobody", Map.of()).status).isEqualTo(404);
    }

    @Test
    void headerLinkShowsOnlyToLoggedInUsersWithPeopleDirectoryPermission() {
        PeopleDirectoryCondition condition = new PeopleDirectoryCondition(fixture.people);
        condition.init(Map.of());

        assertThat(condition.shouldDisplay(Map.of())).isTrue();
        fixture.mayViewPeople(false);
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        fixture.mayViewPeople(true);
        fixture.viewer = null;
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }
}
