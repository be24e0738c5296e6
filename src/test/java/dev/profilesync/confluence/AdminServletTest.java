package dev.profilesync.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.scheduler.config.JobId;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Advanced Options servlet wired as in Confluence (host services mocked, the engine, the shared admin API and
 * the store real, on an in-memory HSQLDB): who reaches the page and the API, WebSudo, XSRF, POST-only changes.
 */
class AdminServletTest {
    private static final String TOKEN = "tok-7f3a";
    private final HostFixture host = new HostFixture();
    private final UserKey adminKey = org.mockito.Mockito.mock(UserKey.class);
    private AoStores stores;
    private ConfluenceHost runtime;
    private AdminServlet servlet;
    private MockedStatic<JobId> jobIds;

    @BeforeEach
    void systemAdministratorWithWebSudo() {
        // The stand-in JobId has no behaviour; the job is not scheduled, so the page shows it disabled.
        jobIds = mockStatic(JobId.class);
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("servlet-" + UUID.randomUUID()));
        runtime = new ConfluenceHost(host.services(), stores);
        servlet = new AdminServlet(host.services(), runtime, new LoginSyncListener(host.services(), runtime));
        servlet.init();
        signedIn("sysadmin", adminKey, true);
        when(host.webSudo.canExecuteRequest(any())).thenReturn(true);
        when(host.xsrfTokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn(TOKEN);
    }

    @AfterEach
    void stop() {
        servlet.destroy();
        stores.close();
        jobIds.close();
    }

    private void signedIn(String username, UserKey key, boolean systemAdmin) {
        UserProfile profile = org.mockito.Mockito.mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(username);
        when(profile.getUserKey()).thenReturn(key);
        when(host.userManager.getRemoteUser(any())).thenReturn(profile);
        when(host.userManager.getRemoteUserKey(any())).thenReturn(key);
        when(host.userManager.isSystemAdmin(key)).thenReturn(systemAdmin);
    }

    private void anonymous() {
        when(host.userManager.getRemoteUser(any())).thenReturn(null);
        when(host.userManager.getRemoteUserKey(any())).thenReturn(null);
    }

    private Http.Response get(String pathInfo) throws IOException {
        Http.Response response = new Http.Response();
        servlet.doGet(Http.request("GET", pathInfo, ""), response.mock);
        return response;
    }

    private Http.Response post(String pathInfo, String body, String token) throws IOException {
        HttpServletRequest request = Http.request("POST", pathInfo, body);
        when(request.getHeader(AdminGate.TOKEN_HEADER)).thenReturn(token);
        Http.Response response = new Http.Response();
        servlet.doPost(request, response.mock);
        return response;
    }

    @Test
    void systemAdministratorGetsTheSharedPageDecoratedAsAConfluenceAdminPage() throws IOException {
        Http.Response page = get("/");

        assertThat(page.status).isEqualTo(200);
        assertThat(page.text()).contains("<meta name=\"decorator\" content=\"atl.admin\">", "Advanced Options");
        verify(host.pageBuilder.assembler().resources()).requireWebResource(AdminServlet.WEB_RESOURCES);
    }

    @Test
    void aUserWhoseConfluenceLanguageIsGermanGetsThePageAndItsMessagesInGerman() throws IOException {
        when(host.locales.getLocale(any(HttpServletRequest.class))).thenReturn(java.util.Locale.GERMANY);

        assertThat(get("/").text()).contains("<html lang=\"de\">", "<h1>Erweiterte Optionen</h1>")
                .doesNotContain("Advanced Options");
        assertThat(get("/api/messages").text()).contains("\"locale\":\"de\"", "Synchronisierung starten");
    }

    @Test
    void aLanguageTheAppDoesNotShipFallsBackToEnglish() throws IOException {
        when(host.locales.getLocale(any(HttpServletRequest.class))).thenReturn(java.util.Locale.JAPAN);

        assertThat(get("/").text()).contains("<html lang=\"en\">", "<h1>Advanced Options</h1>");
    }

    @Test
    void pageRootWithoutItsSlashRedirectsToIt() throws IOException {
        assertThat(get(null).redirect).isEqualTo("/confluence/plugins/servlet/profile-sync/admin/");
    }

    @Test
    void anonymousVisitorOfThePageIsSentToTheLogin() throws IOException {
        anonymous();
        when(host.loginUris.getLoginUri(any())).thenReturn(URI.create("/confluence/login.action"));

        assertThat(get("/").redirect).isEqualTo("/confluence/login.action");
    }

    @Test
    void pageIsForbiddenToUsersWhoAreNotSystemAdministrators() throws IOException {
        signedIn("editor", org.mockito.Mockito.mock(UserKey.class), false);

        assertThat(get("/").status).isEqualTo(403);
    }

    @Test
    void pageAsksForThePasswordAgainWhenWebSudoLapsed() throws IOException {
        when(host.webSudo.canExecuteRequest(any())).thenReturn(false);

        Http.Response page = get("/");

        verify(host.webSudo).enforceWebSudoProtection(any(), any());
        assertThat(page.text()).doesNotContain("Advanced Options");
    }

    @Test
    void apiHandsTheAdministratorConfluencesXsrfToken() throws IOException {
        Http.Response context = get("/api/context");

        assertThat(context.status).isEqualTo(200);
        assertThat(context.text()).contains("\"sysadmin\"", TOKEN);
    }

    @Test
    void apiAnswersAnonymousCallersWith401InsteadOfARedirect() throws IOException {
        anonymous();

        Http.Response answer = get("/api/settings");

        assertThat(answer.status).isEqualTo(401);
        assertThat(answer.redirect).isNull();
    }

    @Test
    void apiRefusesUsersWhoAreNotSystemAdministrators() throws IOException {
        signedIn("editor", org.mockito.Mockito.mock(UserKey.class), false);

        assertThat(get("/api/settings").status).isEqualTo(403);
    }

    @Test
    void apiAnswersALapsedWebSudoSessionWith401SoThePageReloadsIntoThePrompt() throws IOException {
        when(host.webSudo.canExecuteRequest(any())).thenReturn(false);

        assertThat(get("/api/settings").status).isEqualTo(401);
        verify(host.webSudo, never()).enforceWebSudoProtection(any(), any());
    }

    @Test
    void changeWithoutTheXsrfTokenIsRefusedAndNothingIsSaved() throws IOException {
        assertThat(post("/api/settings/login-sync", "{\"enabled\":true}", null).status).isEqualTo(403);
        assertThat(post("/api/settings/login-sync", "{\"enabled\":true}", "forged").status).isEqualTo(403);

        assertThat(runtime.settings().loginSyncEnabled()).isFalse();
    }

    @Test
    void changeWithTheXsrfTokenIsSaved() throws IOException {
        assertThat(post("/api/settings/login-sync", "{\"enabled\":true}", TOKEN).status).isEqualTo(200);

        assertThat(runtime.settings().loginSyncEnabled()).isTrue();
    }

    @Test
    void changesAreRefusedWhileConfluenceIsReadOnly() throws IOException {
        when(host.accessModes.isReadOnlyAccessModeEnabled()).thenReturn(true);

        assertThat(post("/api/settings/login-sync", "{\"enabled\":true}", TOKEN).status).isEqualTo(423);
        assertThat(runtime.settings().loginSyncEnabled()).isFalse();
    }

    @Test
    void changesCannotBeMadeWithGet() throws IOException {
        assertThat(get("/api/settings/login-sync").status).isEqualTo(405);
        assertThat(post("/", "", TOKEN).status).isEqualTo(405);
    }

    @Test
    void oversizedBodyIsRefused() throws IOException {
        String huge = "{\"enabled\":\"" + "x".repeat(AdminServlet.MAX_BODY_BYTES) + "\"}";

        assertThat(post("/api/settings/login-sync", huge, TOKEN).status).isEqualTo(413);
    }

    @Test
    void onlyThePagesOwnFilesAreServed() throws IOException {
        Http.Response script = get("/assets/js/api.js");
        assertThat(script.status).isEqualTo(200);
        assertThat(script.text()).contains("X-Atl-Token");

        assertThat(get("/assets/../../WEB-INF/web.xml").status).isEqualTo(404);
        assertThat(get("/elsewhere").status).isEqualTo(404);
    }

    @Test
    void aStoredPictureIsWrittenAsItsBytesWithItsImageType() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 7};
        dev.profilesync.core.Picture picture = new dev.profilesync.core.Picture("sha256:ab", "image/png", png);
        stores.settings().saveFields(java.util.List.of(new dev.profilesync.core.FieldDefinition("photo", "Photo",
                dev.profilesync.core.FieldType.PICTURE, java.util.List.of(), "thumbnailPhoto", true, null, null, "",
                false)));
        stores.profiles().write(java.util.List.of(new dev.profilesync.core.ProfileUpdate("key-ann", "ann", "",
                java.util.Map.of("photo", picture.digest()), java.util.Set.of(),
                new dev.profilesync.core.PictureChanges(java.util.Map.of("photo", picture), java.util.Set.of()))));
        com.atlassian.confluence.user.ConfluenceUser ann = org.mockito.Mockito.mock(
                com.atlassian.confluence.user.ConfluenceUser.class);
        UserKey annKey = org.mockito.Mockito.mock(UserKey.class);
        when(annKey.getStringValue()).thenReturn("key-ann");
        when(ann.getName()).thenReturn("ann");
        when(ann.getKey()).thenReturn(annKey);
        when(host.userAccessor.getUserByName("ann")).thenReturn(ann);
        HttpServletRequest request = Http.request("GET", "/api/users/picture", "");
        when(request.getParameterMap()).thenReturn(java.util.Map.of("username", new String[] {"ann"}));
        Http.Response response = new Http.Response();

        servlet.doGet(request, response.mock);

        assertThat(response.status).isEqualTo(200);
        verify(response.mock).setContentType("image/png");
        verify(response.mock).setHeader("X-Content-Type-Options", "nosniff");
        verify(response.mock).setHeader("Cache-Control", "no-store");
        assertThat(response.body.toByteArray()).isEqualTo(png);
    }

    @Test
    void stoppedServletAnswersNoMoreApiCalls() throws IOException {
        servlet.destroy();

        assertThat(get("/api/context").status).isEqualTo(503);
    }
}
