package dev.profilesync.standalone.http;

import dev.profilesync.web.AdminApi;
import dev.profilesync.web.WebTestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StandaloneAdminServerTest {
    private static final Pattern PASSWORD = Pattern.compile("password '([A-Za-z0-9]+)'");
    private static final Pattern TOKEN_FIELD = Pattern.compile("name=\"atl_token\" value=\"([A-Za-z0-9_-]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @TempDir
    static Path sharedData;
    private static WebTestHost host;
    /** One server and one login for most tests: each login costs a deliberately slow password hash. */
    private static StandaloneAdminServer shared;
    private static String sharedPassword;
    private static String sharedSession;
    private StandaloneAdminServer server;
    private String password;

    @BeforeAll
    static void startHostAndServer() throws Exception {
        host = WebTestHost.start(30);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        shared = startPrinting(sharedData, console);
        sharedPassword = printedPassword(console);
    }

    @AfterAll
    static void stopHostAndServer() {
        shared.stop();
        host.close();
    }

    @BeforeEach
    void useSharedServer() throws Exception {
        server = shared;
        password = sharedPassword;
        if (sharedSession == null) {
            sharedSession = sessionCookie();
        }
    }

    private static StandaloneAdminServer startPrinting(Path data, ByteArrayOutputStream console) throws Exception {
        return StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0, data,
                new PrintWriter(new java.io.OutputStreamWriter(console, StandardCharsets.UTF_8), true)), host.api());
    }

    private static String printedPassword(ByteArrayOutputStream console) {
        Matcher matcher = PASSWORD.matcher(console.toString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the generated password is printed").isTrue();
        return matcher.group(1);
    }

    @Test
    void firstStartPrintsAGeneratedPasswordOnceAndKeepsOnlyItsHash(@TempDir Path data) throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        startPrinting(data, first).stop();
        String printed = printedPassword(first);
        String stored = Files.readString(data.resolve(AdminCredential.FILE_NAME));
        assertThat(stored).contains("hash=").contains("iterations=").doesNotContain(printed);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        server = startPrinting(data, again);
        try {
            password = printed;
            assertThat(again.toString(StandardCharsets.UTF_8)).doesNotContain("password");
            assertThat(login("admin", printed).statusCode()).isEqualTo(303);
        } finally {
            server.stop();
        }
    }

    @Test
    void itListensOnLoopbackOnlyByDefault() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void thePageAndTheApiNeedALogin() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(server.url()).GET(), null);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/login");
        assertThat(send(HttpRequest.newBuilder(server.url().resolve("api/status")).GET(), null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedAndGivesNoSession() throws Exception {
        HttpResponse<String> response = login("admin", "wrong");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Wrong username or password");
        assertThat(response.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("PSSESSION=") && !c.contains("Max-Age=0"));
    }

    @Test
    void theLoginAndThePageAnswerInTheLanguageTheBrowserAsksForAndSaySo() throws Exception {
        HttpResponse<String> german = send(HttpRequest.newBuilder(server.url().resolve("login"))
                .header("Accept-Language", "de-CH, de;q=0.9, en;q=0.5").GET(), null);
        assertThat(german.body()).contains("<html lang=\"de\">", "<h1>Anmelden</h1>");
        assertThat(german.headers().firstValue("Vary")).contains("Accept-Language");
        HttpResponse<String> page = send(HttpRequest.newBuilder(server.url()).header("Accept-Language", "de").GET(),
                sharedSession);
        assertThat(page.body()).contains("<h1>Erweiterte Optionen</h1>");
        assertThat(send(HttpRequest.newBuilder(server.url().resolve("login")).GET(), null).body())
                .contains("<html lang=\"en\">", "<h1>Log in</h1>");
    }

    @Test
    void aLoginPostWithoutTheFormsTokenIsRefused() throws Exception {
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&atl_token=forged";
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.url().resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "PSLOGIN=other");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void loginSetsAnHttpOnlySameSiteStrictSessionCookie() throws Exception {
        HttpResponse<String> response = login("admin", password);
        assertThat(response.statusCode()).isEqualTo(303);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PSSESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
    }

    @Test
    void withASessionThePageLoadsAndTheApiAnswers() throws Exception {
        String session = sharedSession;
        HttpResponse<String> page = send(HttpRequest.newBuilder(server.url()).GET(), session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Advanced Options").contains("aui-lite.css").doesNotContain("<script>");
        HttpResponse<String> context = send(HttpRequest.newBuilder(server.url().resolve("api/context")).GET(), session);
        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(context.body()).contains("\"username\":\"admin\"");
    }

    @Test
    void everyPostNeedsTheSessionsXsrfToken() throws Exception {
        String session = sharedSession;
        String token = token(session);
        String body = "{\"enabled\":true}";
        HttpResponse<String> none = send(post("api/settings/login-sync", body), session);
        assertThat(none.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = send(post("api/settings/login-sync", body).header("X-Atl-Token", token + "x"),
                session);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(host.settings().settings().loginSyncEnabled()).isFalse();
        HttpResponse<String> right = send(post("api/settings/login-sync", body).header("X-Atl-Token", token), session);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(host.settings().settings().loginSyncEnabled()).isTrue();
        send(post("api/settings/login-sync", "{\"enabled\":false}").header("X-Atl-Token", token), session);
    }

    @Test
    void aTokenFromAnotherSessionDoesNotWork() throws Exception {
        String first = sharedSession;
        String second = sessionCookie();
        HttpResponse<String> response = send(post("api/settings/login-sync", "{\"enabled\":true}")
                .header("X-Atl-Token", token(first)), second);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"", "login", "assets/js/main.js", "api/status", "nothing"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(server.url().resolve(path)).GET(), null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void onlyThePagesOwnFilesAreServed() throws Exception {
        assertThat(send(HttpRequest.newBuilder(server.url().resolve("assets/js/main.js")).GET(), null).statusCode())
                .isEqualTo(200);
        assertThat(rawStatus("GET /assets/../index.html")).contains("404");
        assertThat(rawStatus("GET /assets/js/../../index.html")).contains("404");
        assertThat(send(HttpRequest.newBuilder(server.url().resolve("assets/index.html")).GET(), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String session = sessionCookie();
        String token = token(session);
        HttpResponse<String> out = send(HttpRequest.newBuilder(server.url().resolve("logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + token)), session);
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(server.url().resolve("api/status")).GET(), session).statusCode())
                .isEqualTo(401);
    }

    @Test
    void requestsForAnotherHostNameAreRefused() throws Exception {
        assertThat(rawStatus("GET /login", "attacker.example:" + server.url().getPort())).contains("421");
    }

    @Test
    void repeatedWrongPasswordsAreThrottled(@TempDir Path data) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        server = startPrinting(data, console);
        try {
            password = printedPassword(console);
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                assertThat(login("admin", "wrong" + i).statusCode()).isEqualTo(401);
            }
            assertThat(login("admin", password).statusCode()).isEqualTo(429);
        } finally {
            server.stop();
        }
    }

    // --- helpers ---

    /** Sends a request line as written, without a client that would normalise the path or set the Host. */
    private String rawStatus(String requestLine) throws Exception {
        return rawStatus(requestLine, "127.0.0.1:" + server.url().getPort());
    }

    private String rawStatus(String requestLine, String hostHeader) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(server.url().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String user, String pass) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(server.url().resolve("login")).GET(), null);
        Matcher token = TOKEN_FIELD.matcher(form.body());
        assertThat(token.find()).isTrue();
        String loginCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PSLOGIN="))
                .findFirst().orElseThrow().split(";")[0];
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(pass, StandardCharsets.UTF_8) + "&atl_token=" + token.group(1);
        return send(HttpRequest.newBuilder(server.url().resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), loginCookie);
    }

    private String sessionCookie() throws Exception {
        HttpResponse<String> response = login("admin", password);
        assertThat(response.statusCode()).isEqualTo(303);
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PSSESSION="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private String token(String session) throws Exception {
        String context = send(HttpRequest.newBuilder(server.url().resolve("api/context")).GET(), session).body();
        Matcher matcher = Pattern.compile("\"xsrfToken\":\"([A-Za-z0-9_-]+)\"").matcher(context);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
