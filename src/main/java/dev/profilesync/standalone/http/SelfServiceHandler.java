package dev.profilesync.standalone.http;

import com.sun.net.httpserver.HttpExchange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.i18n.Translations;
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
                    showLogin(exchange, null, 200);
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

    /** The login form, with the message of this key above it (none for null). */
    private void showLogin(HttpExchange exchange, String messageKey, int status) throws IOException {
        String token = Sessions.randomToken();
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(LOGIN_COOKIE, token, false));
        EditPage page = page(exchange);
        send(exchange, status, page.text("profilesync.edit.title"), page.login("/me/login", AdminHandler.TOKEN_FIELD,
                token, messageKey == null ? "" : page.text(messageKey)));
    }

    /** The edit page in the language the browser asks for. */
    private EditPage page(HttpExchange exchange) {
        return site.page().in(Exchanges.translations(exchange));
    }

    private void login(HttpExchange exchange) throws IOException {
        Map<String, String> form = Exchanges.params(Exchanges.body(exchange));
        String expected = Exchanges.cookie(exchange, LOGIN_COOKIE).orElse("");
        String sent = form.getOrDefault(AdminHandler.TOKEN_FIELD, "");
        if (expected.isEmpty() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            showLogin(exchange, "profilesync.login.expired", 403);
            return;
        }
        if (!throttle.tryAttempt()) {
            showLogin(exchange, "profilesync.login.throttled", 429);
            return;
        }
        char[] password = form.getOrDefault("password", "").toCharArray();
        Optional<String> username;
        try {
            username = site.login().authenticate(form.get("username"), password);
        } catch (DirectoryException e) {
            LOG.warn("Self-service login could not reach the directory", e);
            showLogin(exchange, "profilesync.people.edit.login.unreachable", 503);
            return;
        } finally {
            Arrays.fill(password, ' ');
        }
        if (username.isEmpty()) {
            LOG.warn("Failed self-service login from {}", exchange.getRemoteAddress());
            showLogin(exchange, "profilesync.login.wrong", 401);
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
        showLogin(exchange, null, 200);
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
                showForm(exchange, session, EditPage.State.unreadable(page(exchange).text(
                        "profilesync.people.edit.problem.unreadable", e.getMessage())),
                        e instanceof MultipartForm.TooLarge ? 413 : 400);
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
        showForm(exchange, session, EditPage.State.after(result, submission.values(),
                        Exchanges.translations(exchange)),
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
        EditPage page = page(exchange);
        String title = page.text("profilesync.edit.title");
        if (form.isEmpty()) {
            send(exchange, 404, title, "<p>" + Translations.Html.escape(page.text("profilesync.people.edit.noProfile"))
                    + "</p>");
            return;
        }
        String logout = "<form method=\"post\" action=\"/me/logout\" class=\"ps-me-logout\"><input type=\"hidden\""
                + " name=\"" + AdminHandler.TOKEN_FIELD + "\" value=\"" + session.xsrfToken() + "\"><button"
                + " class=\"aui-button aui-button-link\" type=\"submit\" id=\"ps-me-logout\">"
                + Translations.Html.escape(page.text("profilesync.admin.header.logout")) + "</button></form>";
        send(exchange, status, title, page.form(form.get(), PATH, AdminHandler.TOKEN_FIELD,
                session.xsrfToken(), state), logout);
    }

    private void send(HttpExchange exchange, int status, String title, String... fragments) throws IOException {
        String html = site.renderer().in(Exchanges.translations(exchange)).page(title, ASSETS, List.of(), fragments);
        Exchanges.send(exchange, status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }
}
