package dev.profilesync.standalone.http;

import com.sun.net.httpserver.HttpExchange;
import dev.profilesync.web.AdminPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Logging in and out of the standalone admin page. The login form carries a one-time token bound to a cookie, so
 * another site cannot log a browser in; wrong passwords are throttled; logout is a POST with the session's token.
 */
final class LoginFlow {
    static final String LOGIN_COOKIE = "PSLOGIN";
    private static final Logger LOG = LoggerFactory.getLogger(LoginFlow.class);

    private final AdminCredential credential;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    LoginFlow(AdminCredential credential, Sessions sessions, LoginThrottle throttle) {
        this.credential = credential;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void show(HttpExchange exchange, LoginPage.Notice notice, int status) throws IOException {
        String token = Sessions.randomToken();
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(LOGIN_COOKIE, token, false));
        Exchanges.send(exchange, status, AdminPage.contentType(),
                LoginPage.html(token, notice, Exchanges.translations(exchange)).getBytes(StandardCharsets.UTF_8));
    }

    void login(HttpExchange exchange) throws IOException {
        Map<String, String> form = Exchanges.params(Exchanges.body(exchange));
        String expected = Exchanges.cookie(exchange, LOGIN_COOKIE).orElse("");
        String sent = form.getOrDefault(AdminHandler.TOKEN_FIELD, "");
        if (expected.isEmpty() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            show(exchange, LoginPage.Notice.EXPIRED, 403);
            return;
        }
        if (!throttle.tryAttempt()) {
            show(exchange, LoginPage.Notice.THROTTLED, 429);
            return;
        }
        char[] password = form.getOrDefault("password", "").toCharArray();
        boolean ok = credential.matches(form.get("username"), password);
        Arrays.fill(password, ' ');
        if (!ok) {
            LOG.warn("Failed admin login from {}", exchange.getRemoteAddress());
            show(exchange, LoginPage.Notice.WRONG, 401);
            return;
        }
        throttle.succeeded();
        Sessions.Session session = sessions.create(credential.username());
        exchange.getResponseHeaders().add("Set-Cookie",
                Exchanges.cookieHeader(AdminHandler.SESSION_COOKIE, session.id(), false));
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(LOGIN_COOKIE, "", true));
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(PeopleHandler.RETURN_COOKIE, "", true));
        Exchanges.redirect(exchange, PeopleHandler.returnPath(exchange).orElse("/"));
    }

    void logout(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            Exchanges.sendText(exchange, 405, "Log out with the page's Log out button (POST).");
            return;
        }
        String body = Exchanges.body(exchange);
        Optional<Sessions.Session> session = AdminHandler.session(exchange, sessions);
        if (session.isPresent() && session.get().tokenMatches(AdminHandler.submittedToken(exchange, body))) {
            sessions.remove(session.get().id());
        } else if (session.isPresent()) {
            Exchanges.sendText(exchange, 403, "The XSRF token is missing or out of date: reload the page.");
            return;
        }
        exchange.getResponseHeaders().add("Set-Cookie",
                Exchanges.cookieHeader(AdminHandler.SESSION_COOKIE, "", true));
        show(exchange, LoginPage.Notice.LOGGED_OUT, 200);
    }
}
