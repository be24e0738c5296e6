package dev.profilesync.standalone.http;

import com.sun.net.httpserver.HttpExchange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.people.edit.EditPage;
import dev.profilesync.people.edit.EditSubmission;
import dev.profilesync.people.edit.MultipartForm;
import dev.profilesync.people.edit.PostedForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /me}: a person logs in with their directory credentials and edits their own profile. Its sessions are its
 * own (cookie {@value #SESSION_COOKIE}), never the admin's; POSTs carry the session's XSRF token; the login form a
 * one-time token bound to a cookie, and wrong passwords are throttled as for the admin login.
 */
final class SelfServiceHandler {
    static final String SESSION_COOKIE = "PSME";
    static final String LOGIN_COOKIE = "PSMELOGIN";
    private static final String PATH = "/me";
    private static final String HTML = "text/html;charset=UTF-8";
    private static final String ASSETS = "/assets/";
    private static final Logger LOG = LoggerFactory.getLogger(SelfServiceHandler.class);

    private final SelfServiceSite site;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    SelfServiceHandler(SelfServiceSite site, Clock clock) {
        this.site = site;
        this.sessions = new Sessions(clock);
        this.throttle = new LoginThrottle(clock);
    }

    static boolean handles(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    void handle(HttpExchange exchange, String path) throws IOException {
        boolean post = exchange.getRequestMethod().equals("POST");
        Optional<Sessions.Session> session = Exchanges.cookie(exchange, SESSION_COOKIE).flatMap(sessions::find);
        switch (path) {
            case "/me/login" -> {
                if (post) {
                    login(exchange);
                } else {
                    Exchanges.redirect(exchange, PATH);
                }
            }
            case "/me/logout" -> logout(exchange, session, post);
            case PATH -> {
                if (session.isEmpty()) {
                    showLogin(exchange, "", 200);
                } else if (post) {
                    save(exchange, session.get());
                } else {
                    boolean saved = "saved".equals(exchange.getRequestURI().getRawQuery());
                    showForm(exchange, session.get(), saved ? EditPage.State.SAVED : EditPage.State.FRESH, 200);
                }
            }
            default -> Exchanges.sendText(exchange, 404, "Not found.");
        }
    }

    private void showLogin(HttpExchange exchange, String message, int status) throws IOException {
        String token = Sessions.randomToken();
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(LOGIN_COOKIE, token, false));
        send(exchange, status, "Edit my profile",
                site.page().login("/me/login", AdminHandler.TOKEN_FIELD, token, message));
    }

    private void login(HttpExchange exchange) throws IOException {
        Map<String, String> form = Exchanges.params(Exchanges.body(exchange));
        String expected = Exchanges.cookie(exchange, LOGIN_COOKIE).orElse("");
        String sent = form.getOrDefault(AdminHandler.TOKEN_FIELD, "");
        if (expected.isEmpty() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            showLogin(exchange, "The login form had expired: please log in again.", 403);
            return;
        }
        if (!throttle.tryAttempt()) {
            showLogin(exchange, "Too many wrong passwords: wait 30 seconds, then try again.", 429);
            return;
        }
        char[] password = form.getOrDefault("password", "").toCharArray();
        Optional<String> username;
        try {
            username = site.login().authenticate(form.get("username"), password);
        } catch (DirectoryException e) {
            LOG.warn("Self-service login could not reach the directory", e);
            showLogin(exchange, "The directory cannot be reached right now: try again later.", 503);
            return;
        } finally {
            Arrays.fill(password, ' ');
        }
        if (username.isEmpty()) {
            LOG.warn("Failed self-service login from {}", exchange.getRemoteAddress());
            showLogin(exchange, "Wrong username or password.", 401);
            return;
        }
        throttle.succeeded();
        Sessions.Session session = sessions.create(username.get());
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(SESSION_COOKIE, session.id(), false));
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(LOGIN_COOKIE, "", true));
        Exchanges.redirect(exchange, PATH);
    }

    private void logout(HttpExchange exchange, Optional<Sessions.Session> session, boolean post) throws IOException {
        if (!post) {
            Exchanges.sendText(exchange, 405, "Log out with the page's Log out button (POST).");
            return;
        }
        String token = Exchanges.params(Exchanges.body(exchange)).get(AdminHandler.TOKEN_FIELD);
        if (session.isPresent() && !session.get().tokenMatches(token)) {
            Exchanges.sendText(exchange, 403, "The XSRF token is missing or out of date: reload the page.");
            return;
        }
        session.ifPresent(s -> sessions.remove(s.id()));
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(SESSION_COOKIE, "", true));
        showLogin(exchange, "", 200);
    }

    private void save(HttpExchange exchange, Sessions.Session session) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> params;
        Map<String, byte[]> files = Map.of();
        if (MultipartForm.isMultipart(contentType)) {
            MultipartForm.Parts parts;
            try {
                parts = MultipartForm.read(contentType, declaredLength(exchange), exchange.getRequestBody(),
                        PostedForms.maxBytes(site.editor().maxPictureBytes()));
            } catch (MultipartForm.TooLarge | MultipartForm.Malformed e) {
                // Nothing of the body is used, so its XSRF token is unread too: nothing is saved either way.
                showForm(exchange, session, EditPage.State.unreadable("Nothing was saved: " + e.getMessage()
                        + ". Choose a smaller picture."), e instanceof MultipartForm.TooLarge ? 413 : 400);
                return;
            }
            params = parts.fields();
            files = parts.files();
        } else {
            params = Exchanges.params(Exchanges.body(exchange));
        }
        if (!session.tokenMatches(params.get(AdminHandler.TOKEN_FIELD))) {
            Exchanges.sendText(exchange, 403, "The XSRF token is missing or out of date: reload the page.");
            return;
        }
        EditSubmission submission = EditSubmission.parse(params, files);
        SaveResult result = submission.problems().isEmpty()
                ? site.editor().save(session.username(), submission.opened(), submission.values(),
                        submission.uploads(), session.username())
                : new SaveResult.Invalid(submission.problems());
        if (result instanceof SaveResult.Saved) {
            // Post/redirect/get: reloading the page does not post the form again.
            Exchanges.redirect(exchange, PATH + "?saved");
            return;
        }
        showForm(exchange, session, EditPage.State.after(result, submission.values()),
                result instanceof SaveResult.Conflicts ? 409 : 422);
    }

    private static long declaredLength(HttpExchange exchange) {
        try {
            return Long.parseLong(exchange.getRequestHeaders().getFirst("Content-Length"));
        } catch (NumberFormatException e) {
            // No or no usable Content-Length (chunked): the cap is then applied while reading.
            return -1;
        }
    }

    private void showForm(HttpExchange exchange, Sessions.Session session, EditPage.State state, int status)
            throws IOException {
        Optional<EditForm> form = site.editor().open(session.username());
        if (form.isEmpty()) {
            send(exchange, 404, "Edit my profile", "<p>There is no profile for you here yet: ask an admin.</p>");
            return;
        }
        String logout = "<form method=\"post\" action=\"/me/logout\" class=\"ps-me-logout\"><input type=\"hidden\""
                + " name=\"" + AdminHandler.TOKEN_FIELD + "\" value=\"" + session.xsrfToken() + "\"><button"
                + " class=\"aui-button aui-button-link\" type=\"submit\" id=\"ps-me-logout\">Log out</button></form>";
        send(exchange, status, "Edit my profile", site.page().form(form.get(), PATH, AdminHandler.TOKEN_FIELD,
                session.xsrfToken(), state), logout);
    }

    private void send(HttpExchange exchange, int status, String title, String... fragments) throws IOException {
        String html = site.renderer().page(title, ASSETS, List.of(), fragments);
        Exchanges.send(exchange, status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }
}
