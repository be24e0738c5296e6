package dev.profilesync.confluence;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Who gets through to the admin API: system administrators with WebSudo, and for changes a valid XSRF token. */
class AdminGateTest {
    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final XsrfTokenValidator xsrfValidator = mock(XsrfTokenValidator.class);
    private final XsrfTokenAccessor xsrfTokens = mock(XsrfTokenAccessor.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final UserKey admin = mock(UserKey.class);
    private final AdminGate gate = new AdminGate(users, loginUris, webSudo, xsrfValidator, xsrfTokens, i18n);

    @BeforeEach
    void systemAdministratorWithWebSudo() {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://wiki.example.com/plugins/servlet/profile-sync/admin"));
        when(users.getRemoteUserKey(request)).thenReturn(admin);
        when(users.isSystemAdmin(admin)).thenReturn(true);
        when(webSudo.canExecuteRequest(request)).thenReturn(true);
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void systemAdministratorWithWebSudoIsAdmitted() throws Exception {
        assertThat(gate.admit(request, response)).contains(admin);
        verify(webSudo).willExecuteWebSudoRequest(request);
        verify(response, never()).sendError(anyInt(), anyString());
    }

    @Test
    void anonymousUserIsSentToTheLoginPageAndBack() throws IOException {
        when(users.getRemoteUserKey(request)).thenReturn(null);
        when(request.getQueryString()).thenReturn("tab=history");
        URI expectedReturn = URI.create("https://wiki.example.com/plugins/servlet/profile-sync/admin?tab=history");
        when(loginUris.getLoginUri(expectedReturn)).thenReturn(URI.create("https://wiki.example.com/login.action?os_destination=x"));

        assertThat(gate.admit(request, response)).isEmpty();

        verify(response).sendRedirect("https://wiki.example.com/login.action?os_destination=x");
    }

    @Test
    void userWhoIsNotASystemAdministratorIsForbidden() throws IOException {
        when(users.isSystemAdmin(admin)).thenReturn(false);

        assertThat(gate.admit(request, response)).isEmpty();

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN, "profilesync.admin.forbidden");
        verify(webSudo, never()).enforceWebSudoProtection(any(), any());
    }

    @Test
    void administratorWithoutWebSudoIsAskedForThePasswordAgain() throws IOException {
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        assertThat(gate.admit(request, response)).isEmpty();

        verify(webSudo).enforceWebSudoProtection(request, response);
    }

    @Test
    void lapsedWebSudoSessionIsAskedForThePasswordAgain() throws Exception {
        doThrow(new WebSudoSessionException("expired")).when(webSudo).willExecuteWebSudoRequest(request);

        assertThat(gate.admit(request, response)).isEmpty();

        verify(webSudo).enforceWebSudoProtection(request, response);
    }

    @Test
    void apiCallerIsTheSystemAdministratorWithWebSudo() throws Exception {
        profile("sysadmin", admin);

        assertThat(gate.apiCaller(request)).isEqualTo(new AdminGate.ApiCaller("sysadmin", true, true));
        verify(webSudo).willExecuteWebSudoRequest(request);
    }

    @Test
    void anonymousApiCallerIsNotRedirected() throws IOException {
        assertThat(gate.apiCaller(request)).isEqualTo(AdminGate.ApiCaller.ANONYMOUS);
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    void apiCallerWhoIsNotASystemAdministratorIsMarkedSo() {
        UserKey someone = mock(UserKey.class);
        profile("someone", someone);

        assertThat(gate.apiCaller(request)).isEqualTo(new AdminGate.ApiCaller("someone", false, false));
    }

    @Test
    void apiCallerWithLapsedWebSudoIsMarkedSoWithoutAPrompt() throws Exception {
        profile("sysadmin", admin);
        doThrow(new WebSudoSessionException("expired")).when(webSudo).willExecuteWebSudoRequest(request);

        assertThat(gate.apiCaller(request)).isEqualTo(new AdminGate.ApiCaller("sysadmin", true, false));
        verify(webSudo, never()).enforceWebSudoProtection(any(), any());
    }

    private UserProfile profile(String username, UserKey key) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(username);
        when(profile.getUserKey()).thenReturn(key);
        when(users.getRemoteUser(request)).thenReturn(profile);
        return profile;
    }

    @Test
    void formPostWithConfluencesTokenIsValid() {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);

        assertThat(gate.hasValidToken(request, response)).isTrue();
    }

    @Test
    void tokenInTheHeaderMatchingTheSessionIsValid() {
        when(xsrfTokens.getXsrfToken(request, response, false)).thenReturn("abc123");
        when(request.getHeader(AdminGate.TOKEN_HEADER)).thenReturn("abc123");

        assertThat(gate.hasValidToken(request, response)).isTrue();
    }

    @Test
    void wrongOrMissingTokenIsRefused() {
        when(xsrfTokens.getXsrfToken(request, response, false)).thenReturn("abc123");
        when(request.getHeader(AdminGate.TOKEN_HEADER)).thenReturn("forged");
        assertThat(gate.hasValidToken(request, response)).isFalse();

        when(request.getHeader(AdminGate.TOKEN_HEADER)).thenReturn(null);
        assertThat(gate.hasValidToken(request, response)).isFalse();
    }

    @Test
    void sessionWithoutTokenAcceptsNoHeader() {
        when(xsrfTokens.getXsrfToken(request, response, false)).thenReturn(null);
        when(request.getHeader(AdminGate.TOKEN_HEADER)).thenReturn("");

        assertThat(gate.hasValidToken(request, response)).isFalse();
    }
}
