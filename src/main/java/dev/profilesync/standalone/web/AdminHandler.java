package dev.profilesync.standalone.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.profilesync.web.AdminApi;
import dev.profilesync.web.AdminPage;
import dev.profilesync.web.AdminPaths;
import dev.profilesync.web.ApiRequest;
import dev.profilesync.web.ApiResponse;
import dev.profilesync.web.Caller;
import dev.profilesync.web.StaticAsset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the admin page, its files, the login and the API on the JDK's HTTP server. It authenticates (session
 * cookie), checks the XSRF token of POSTs and hands API calls to {@link AdminApi}, which decides the rest.
 */
final class AdminHandler implements HttpHandler {
    static final String SESSION_COOKIE = "PSSESSION";
    static final String LOGIN_COOKIE = "PSLOGIN";
    static final String TOKEN_HEADER = "X-Atl-Token";
    static final String TOKEN_FIELD = "atl_token";
    private static final System.Logger LOG = System.getLogger(AdminHandler.class.getName());

    private final AdminApi api;
    private final AdminCredential credential;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Set<String> allowedHosts;

    AdminHandler(AdminApi api, AdminCredential credential, Sessions sessions, LoginThrottle throttle,
                 Set<String> allowedHosts) {
        this.api = api;
        this.credential = credential;
        this.sessions = sessions;
        this.throttle = throttle;
        this.allowedHosts = allowedHosts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            dispatch(exchange);
        } catch (Exchanges.BodyTooLarge e) {
            Exchanges.sendText(exchange, 413, "The request is too large.");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Admin page request " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath() + " failed", e);
            Exchanges.sendText(exchange, 500, "The request failed; the server log has the details.");
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (!hostAllowed(exchange)) {
            // Answers only to the names it is bound to: a DNS-rebinding page cannot talk to it under another name.
            Exchanges.sendText(exchange, 421, "Unknown host name: open the address the runner printed.");
            return;
        }
        if (!Set.of("GET", "HEAD", "POST").contains(method)) {
            Exchanges.sendText(exchange, 405, method + " is not allowed.");
            return;
        }
        if (path.equals("/login")) {
            if (method.equals("POST")) {
                login(exchange);
            } else {
                showLogin(exchange, LoginPage.Notice.NONE, 200);
            }
            return;
        }
        if (path.equals("/logout")) {
            logout(exchange);
            return;
        }
        AdminPaths.Target target = AdminPaths.resolve(path);
        switch (target.kind()) {
            case PAGE -> page(exchange);
            case ASSET -> asset(exchange, target.rest());
            case API -> api(exchange, target.rest());
            case REDIRECT_TO_ROOT -> Exchanges.redirect(exchange, "/");
            default -> Exchanges.sendText(exchange, 404, "Not found.");
        }
    }

    private boolean hostAllowed(HttpExchange exchange) {
        if (allowedHosts.isEmpty()) {
            return true;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<Sessions.Session> session(HttpExchange exchange) {
        return Exchanges.cookie(exchange, SESSION_COOKIE).flatMap(sessions::find);
    }

    private void page(HttpExchange exchange) throws IOException {
        if (session(exchange).isEmpty()) {
            Exchanges.redirect(exchange, "/login");
            return;
        }
        if (exchange.getRequestMethod().equals("POST")) {
            Exchanges.sendText(exchange, 405, "POST is not allowed here.");
            return;
        }
        Exchanges.send(exchange, 200, AdminPage.contentType(),
                AdminPage.html(AdminPage.Flavor.STANDALONE).getBytes(StandardCharsets.UTF_8));
    }

    private void asset(HttpExchange exchange, String name) throws IOException {
        Optional<StaticAsset> asset = StaticAsset.find(name);
        if (asset.isEmpty() || exchange.getRequestMethod().equals("POST")) {
            Exchanges.sendText(exchange, 404, "Not found.");
            return;
        }
        Exchanges.send(exchange, 200, asset.get().contentType(), asset.get().bytes());
    }

    private void api(HttpExchange exchange, String action) throws IOException {
        Optional<Sessions.Session> session = session(exchange);
        String method = exchange.getRequestMethod().equals("HEAD") ? "GET" : exchange.getRequestMethod();
        String body = method.equals("POST") ? Exchanges.body(exchange) : "";
        Caller caller = session.map(s -> Caller.admin(s.username(), s.xsrfToken())).orElse(Caller.ANONYMOUS);
        boolean tokenOk = method.equals("POST") && session.isPresent()
                && session.get().tokenMatches(submittedToken(exchange, body));
        Map<String, String> query = Exchanges.params(exchange.getRequestURI().getRawQuery());
        ApiResponse response = api.handle(new ApiRequest(method, action, query, body, caller, tokenOk));
        Exchanges.send(exchange, response.status(), response.contentType(),
                response.json().getBytes(StandardCharsets.UTF_8));
    }

    /** The token from the X-Atl-Token header, or from the atl_token field of a form-encoded body. */
    private static String submittedToken(HttpExchange exchange, String body) {
        String header = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        if (header != null) {
            return header;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            return Exchanges.params(body).get(TOKEN_FIELD);
        }
        return null;
    }

    private void showLogin(HttpExchange exchange, LoginPage.Notice notice, int status) throws IOException {
        String token = Sessions.randomToken();
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(LOGIN_COOKIE, token, false));
        Exchanges.send(exchange, status, AdminPage.contentType(),
                LoginPage.html(token, notice).getBytes(StandardCharsets.UTF_8));
    }

    private void login(HttpExchange exchange) throws IOException {
        Map<String, String> form = Exchanges.params(Exchanges.body(exchange));
        String expected = Exchanges.cookie(exchange, LOGIN_COOKIE).orElse("");
        String sent = form.getOrDefault(TOKEN_FIELD, "");
        if (expected.isEmpty() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            showLogin(exchange, LoginPage.Notice.EXPIRED, 403);
            return;
        }
        if (!throttle.allowed()) {
            showLogin(exchange, LoginPage.Notice.THROTTLED, 429);
            return;
        }
        char[] password = form.getOrDefault("password", "").toCharArray();
        boolean ok = credential.matches(form.get("username"), password);
        java.util.Arrays.fill(password, ' ');
        if (!ok) {
            throttle.failed();
            LOG.log(System.Logger.Level.WARNING, "Failed admin login from " + exchange.getRemoteAddress());
            showLogin(exchange, LoginPage.Notice.WRONG, 401);
            return;
        }
        throttle.succeeded();
        Sessions.Session session = sessions.create(credential.username());
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(SESSION_COOKIE, session.id(), false));
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(LOGIN_COOKIE, "", true));
        Exchanges.redirect(exchange, "/");
    }

    private void logout(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            Exchanges.sendText(exchange, 405, "Log out with the page's Log out button (POST).");
            return;
        }
        String body = Exchanges.body(exchange);
        Optional<Sessions.Session> session = session(exchange);
        if (session.isPresent() && session.get().tokenMatches(submittedToken(exchange, body))) {
            sessions.remove(session.get().id());
        } else if (session.isPresent()) {
            Exchanges.sendText(exchange, 403, "The XSRF token is missing or out of date: reload the page.");
            return;
        }
        exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(SESSION_COOKIE, "", true));
        showLogin(exchange, LoginPage.Notice.LOGGED_OUT, 200);
    }
}
