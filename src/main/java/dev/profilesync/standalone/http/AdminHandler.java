package dev.profilesync.standalone.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.profilesync.web.AdminApi;
import dev.profilesync.web.AdminPage;
import dev.profilesync.web.AdminPaths;
import dev.profilesync.web.ApiRequest;
import dev.profilesync.web.ApiResponse;
import dev.profilesync.web.Caller;
import dev.profilesync.web.StaticAsset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the admin page, its files, the login and the API on the JDK's HTTP server. It authenticates (session
 * cookie), checks the XSRF token of POSTs and hands API calls to {@link AdminApi}, which decides the rest.
 */
final class AdminHandler implements HttpHandler {
    static final String SESSION_COOKIE = "PSSESSION";
    static final String TOKEN_HEADER = "X-Atl-Token";
    static final String TOKEN_FIELD = "atl_token";
    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

    private final AdminApi api;
    private final Sessions sessions;
    private final LoginFlow login;
    private final Set<String> allowedHosts;
    private final Optional<PeopleHandler> people;
    private Optional<SelfServiceHandler> selfService = Optional.empty();

    AdminHandler(AdminApi api, AdminCredential credential, Sessions sessions, LoginThrottle throttle,
                 Set<String> allowedHosts, Optional<PeopleSite> people) {
        this.api = api;
        this.people = people.map(PeopleHandler::new);
        this.sessions = sessions;
        this.login = new LoginFlow(credential, sessions, throttle);
        this.allowedHosts = allowedHosts;
    }

    /** Serves {@code /me} too; called once, before the server starts. */
    AdminHandler withSelfService(SelfServiceHandler handler) {
        this.selfService = Optional.of(handler);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            dispatch(exchange);
        } catch (Exchanges.BodyTooLarge e) {
            Exchanges.sendText(exchange, 413, "The request is too large.");
        } catch (IOException | RuntimeException e) {
            LOG.error("Admin page request {} {} failed", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e);
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
                login.login(exchange);
            } else {
                login.show(exchange, LoginPage.Notice.NONE, 200);
            }
            return;
        }
        if (path.equals("/logout")) {
            login.logout(exchange);
            return;
        }
        if (selfService.isPresent() && SelfServiceHandler.handles(path)) {
            selfService.get().handle(exchange, path);
            return;
        }
        if (people.isPresent() && PeopleHandler.handles(path)) {
            people(exchange, path, people.get());
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

    private void people(HttpExchange exchange, String path, PeopleHandler handler) throws IOException {
        boolean loggedIn = session(exchange).isPresent();
        if (!loggedIn && !handler.isPublic()) {
            // Back to this page after the login, not to the admin page.
            exchange.getResponseHeaders().add("Set-Cookie", Exchanges.cookieHeader(PeopleHandler.RETURN_COOKIE,
                    PeopleHandler.returnValue(exchange), false));
            Exchanges.redirect(exchange, "/login");
        } else if (exchange.getRequestMethod().equals("POST")) {
            Exchanges.sendText(exchange, 405, "POST is not allowed here.");
        } else {
            handler.handle(exchange, path, loggedIn);
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
        return session(exchange, sessions);
    }

    static Optional<Sessions.Session> session(HttpExchange exchange, Sessions sessions) {
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
                AdminPage.html(AdminPage.Flavor.STANDALONE, Exchanges.translations(exchange))
                        .getBytes(StandardCharsets.UTF_8));
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
        Caller caller = session.map(s -> Caller.admin(s.username(), s.xsrfToken())).orElse(Caller.ANONYMOUS)
                .in(Exchanges.translations(exchange).locale());
        boolean tokenOk = method.equals("POST") && session.isPresent()
                && session.get().tokenMatches(submittedToken(exchange, body));
        Map<String, String> query = Exchanges.params(exchange.getRequestURI().getRawQuery());
        ApiResponse response = api.handle(new ApiRequest(method, action, query, body, caller, tokenOk));
        Exchanges.send(exchange, response.status(), response.contentType(), response.body());
    }

    /** The token from the X-Atl-Token header, or from the atl_token field of a form-encoded body. */
    static String submittedToken(HttpExchange exchange, String body) {
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
}
