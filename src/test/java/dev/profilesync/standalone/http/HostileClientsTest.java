package dev.profilesync.standalone.http;

import dev.profilesync.web.WebTestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients that stall or guess in parallel, over real sockets against the standalone admin server. */
class HostileClientsTest {
    private static final Pattern TOKEN_FIELD = Pattern.compile("name=\"atl_token\" value=\"([A-Za-z0-9_-]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final int ATTEMPTS = LoginThrottle.FREE_FAILURES + 3;
    private static WebTestHost host;

    @BeforeAll
    static void startHost() throws Exception {
        host = WebTestHost.start(5);
    }

    @AfterAll
    static void stopHost() {
        host.close();
    }

    @Test
    void stalledConnectionsDoNotBlockThePageAndAreDroppedAfterTheTimeLimit(@TempDir Path data) throws Exception {
        try (StandaloneAdminServer server = start(data)) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    stalled.add(stall(server, i % 2 == 0 ? "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                            : "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nusername="));
                }

                // Well before the stalled requests time out: the page does not wait for them to be dropped.
                HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.url().resolve("login"))
                        .timeout(Duration.ofMillis(1_500)).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                // The tests set the request limit short (pom.xml); the server set the response limit itself.
                assertThat(System.getProperty(SlowClientGuard.RESPONSE_TIME)).isEqualTo("60");

                long limitMillis = SlowClientGuard.requestLimit().toMillis();
                for (Socket socket : stalled) {
                    socket.setSoTimeout((int) limitMillis + 3_000);
                    assertThat(untilClosed(socket)).as("what the server sent before it closed the connection")
                            .satisfiesAnyOf(sent -> assertThat(sent).isEmpty(),
                                    sent -> assertThat(sent).startsWith("HTTP/1.1 4"));
                }
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void parallelWrongPasswordsCannotAllPassTheThrottle(@TempDir Path data) throws Exception {
        try (StandaloneAdminServer server = start(data)) {
            List<HttpRequest> attempts = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                attempts.add(wrongLogin(server, i));
            }

            List<CompletableFuture<HttpResponse<String>>> sent = attempts.stream()
                    .map(request -> HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
            List<Integer> statuses = sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

            assertThat(statuses).filteredOn(status -> status == 401).hasSize(LoginThrottle.FREE_FAILURES);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(ATTEMPTS - LoginThrottle.FREE_FAILURES);
        }
    }

    // --- helpers ---

    private static StandaloneAdminServer start(Path data) throws IOException {
        PrintWriter console = new PrintWriter(new StringWriter(), true);
        return StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0, data, console), host.api());
    }

    /** Sends the start of a request and nothing more. */
    private static Socket stall(StandaloneAdminServer server, String start) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.url().getPort());
        OutputStream out = socket.getOutputStream();
        out.write(start.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** What the server sends until it closes the connection (end of stream or reset); fails on the timeout. */
    private static String untilClosed(Socket socket) throws IOException {
        StringBuilder sent = new StringBuilder();
        try {
            int b;
            while ((b = socket.getInputStream().read()) != -1) {
                sent.append((char) b);
            }
        } catch (SocketException e) {
            // A reset is a close too.
        }
        return sent.toString();
    }

    /** A login form submission with its own form token and cookie, ready to send. */
    private static HttpRequest wrongLogin(StandaloneAdminServer server, int attempt) throws Exception {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(server.url().resolve("login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN_FIELD.matcher(form.body());
        assertThat(token.find()).isTrue();
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PSLOGIN="))
                .findFirst().orElseThrow().split(";")[0];
        String body = "username=admin&password=" + URLEncoder.encode("wrong" + attempt, StandardCharsets.UTF_8)
                + "&atl_token=" + token.group(1);
        return HttpRequest.newBuilder(server.url().resolve("login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
