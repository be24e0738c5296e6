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

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * What every request to the Advanced Options servlet passes: a logged-in user (anonymous users go to the login
 * page and come back), a system administrator (others get 403), a WebSudo session (Confluence asks for the
 * password again when it has lapsed), and for state changes Confluence's XSRF token, sent by the page in the
 * {@value #TOKEN_HEADER} header or as the {@value #TOKEN_PARAMETER} form field.
 */
final class AdminGate {
    static final String TOKEN_HEADER = "X-Atl-Token";
    static final String TOKEN_PARAMETER = "atl_token";

    private final UserManager users;
    private final LoginUriProvider loginUris;
    private final WebSudoManager webSudo;
    private final XsrfTokenValidator xsrfValidator;
    private final XsrfTokenAccessor xsrfTokens;
    private final I18nResolver i18n;

    AdminGate(UserManager users, LoginUriProvider loginUris, WebSudoManager webSudo, XsrfTokenValidator xsrfValidator,
              XsrfTokenAccessor xsrfTokens, I18nResolver i18n) {
        this.users = users;
        this.loginUris = loginUris;
        this.webSudo = webSudo;
        this.xsrfValidator = xsrfValidator;
        this.xsrfTokens = xsrfTokens;
        this.i18n = i18n;
    }

    /**
     * The system administrator making this request, or empty when the gate has already answered it (redirect to
     * the login page, 403, or Confluence's WebSudo prompt) and the servlet must do nothing more.
     */
    Optional<UserKey> admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = users.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(requestedUri(request)).toASCIIString());
            return Optional.empty();
        }
        if (!users.isSystemAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("profilesync.admin.forbidden"));
            return Optional.empty();
        }
        if (!webSudoActive(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return Optional.empty();
        }
        return Optional.of(user);
    }

    /**
     * Who calls the JSON API. Nobody is redirected here: the API answers anonymous users and users who are not
     * system administrators itself (401, 403), and the servlet answers a lapsed WebSudo session with 401, on which
     * the page reloads and Confluence asks for the password.
     */
    ApiCaller apiCaller(HttpServletRequest request) {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            return ApiCaller.ANONYMOUS;
        }
        boolean systemAdmin = users.isSystemAdmin(user.getUserKey());
        return new ApiCaller(user.getUsername(), systemAdmin, systemAdmin && webSudoActive(request));
    }

    /** True when the request carries this session's XSRF token; the admin API refuses every change without it. */
    boolean hasValidToken(HttpServletRequest request, HttpServletResponse response) {
        if (xsrfValidator.validateFormEncodedToken(request)) {
            return true;
        }
        String sent = request.getHeader(TOKEN_HEADER);
        String expected = xsrfTokens.getXsrfToken(request, response, false);
        return sent != null && expected != null && !expected.isEmpty()
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * For a multipart form: SAL's validator reads the token from the request's parameters, which a servlet without
     * multipart configuration does not fill from a multipart body, so the token read from the body is compared with
     * the session's here.
     */
    boolean hasValidToken(HttpServletRequest request, HttpServletResponse response, String sent) {
        String expected = xsrfTokens.getXsrfToken(request, response, false);
        return sent != null && expected != null && !expected.isEmpty()
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The token the page sends back with each change; created for the session when it has none. */
    String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        return xsrfTokens.getXsrfToken(request, response, true);
    }

    private boolean webSudoActive(HttpServletRequest request) {
        if (!webSudo.canExecuteRequest(request)) {
            return false;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            return false;
        }
    }

    /** The URL the browser asked for, to come back to after logging in. */
    static URI requestedUri(HttpServletRequest request) {
        StringBuilder uri = new StringBuilder(request.getRequestURL());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        return URI.create(uri.toString());
    }

    /**
     * A caller of the JSON API.
     *
     * @param username    empty for anonymous
     * @param systemAdmin the caller is a Confluence system administrator
     * @param webSudo     the caller's administrator session (WebSudo) is active
     */
    record ApiCaller(String username, boolean systemAdmin, boolean webSudo) {
        static final ApiCaller ANONYMOUS = new ApiCaller("", false, false);
    }
}
