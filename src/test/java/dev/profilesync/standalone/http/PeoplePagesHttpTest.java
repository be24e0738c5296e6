package dev.profilesync.standalone.http;

import dev.profilesync.people.PeopleFixture;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.web.WebTestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The people pages at the HTTP boundary: who may read them, what each path answers. */
class PeoplePagesHttpTest {
    @TempDir
    static Path temp;
    private static PeopleFixture people;
    private static WebTestHost admin;
    private static StandaloneAdminServer loginRequired;
    private static final StringWriter console = new StringWriter();
    private static StandaloneAdminServer publicPages;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        people = new PeopleFixture();
        admin = WebTestHost.start(1);
        loginRequired = server(false);
        publicPages = server(true);
    }

    private static StandaloneAdminServer server(boolean publicPeople) throws Exception {
        return StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0, temp.resolve("data"),
                new PrintWriter(console, true)), admin.api(),
                Optional.of(new PeopleSite(people.directory(), new PeopleRenderer(), publicPeople)));
    }

    @AfterAll
    static void stop() {
        loginRequired.stop();
        publicPages.stop();
        admin.close();
        people.close();
    }

    @Test
    void thePeoplePagesAskForTheAdminLoginUnlessPublic() throws Exception {
        for (String path : new String[] {"/people", "/people/ceo", "/macros/profile-list"}) {
            HttpResponse<String> response = get(loginRequired, path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).contains("/login");
            assertThat(get(publicPages, path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theLoginReturnsToThePeoplePageThatAskedForIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> asked = browser.send(HttpRequest.newBuilder(loginRequired.url().resolve(
                "/people?q=zur")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(303);
        String form = browser.send(HttpRequest.newBuilder(loginRequired.url().resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"")
                .matcher(form);
        java.util.regex.Matcher password = java.util.regex.Pattern.compile("password '([A-Za-z0-9]+)'")
                .matcher(console.toString());
        assertThat(token.find()).isTrue();
        assertThat(password.find()).isTrue();
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(loginRequired.url().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + token.group(1) + "&username=admin&password="
                        + password.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(303);
        assertThat(loggedIn.headers().firstValue("Location")).contains("/people?q=zur");
        assertThat(browser.send(HttpRequest.newBuilder(loginRequired.url().resolve("/people?q=zur")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("of 61 matching");
    }

    @Test
    void pagesAreHtmlWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get(publicPages, "/people?q=zur");
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'"));
        assertThat(response.body()).contains("of 61 matching");
    }

    @Test
    void anUnknownOrUnlistedPersonIsANotFoundPageThatEscapesTheName() throws Exception {
        HttpResponse<String> response = get(publicPages, "/people/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(get(publicPages, "/people/" + PeopleFixture.HIDDEN).statusCode()).isEqualTo(404);
    }

    @Test
    void aUsernameWithAPlusOrSpaceFindsItsPage() throws Exception {
        assertThat(get(publicPages, "/people/CEO").statusCode()).isEqualTo(200);
        assertThat(get(publicPages, "/people/no+body").body()).contains("no+body");
    }

    @Test
    void postsAreRefused() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(publicPages.url().resolve("/people"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).build();
        assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void aBadMacroParameterIsAnInlineErrorNamingIt() throws Exception {
        String body = get(publicPages, "/macros/profile-list?layout=grid").body();
        assertThat(body).contains("aui-message-error", "<code>layout</code>", "table or cards")
                .doesNotContain("Exception");
    }

    @Test
    void publicPeoplePagesAreRefusedOffLoopback() {
        assertThatThrownBy(() -> StandaloneAdminServer.start(new StandaloneAdminServer.Config("0.0.0.0", 0,
                temp.resolve("data"), new PrintWriter(new StringWriter())), admin.api(),
                Optional.of(new PeopleSite(people.directory(), new PeopleRenderer(), true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--public-people");
    }

    private HttpResponse<String> get(StandaloneAdminServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
