package dev.profilesync.standalone.host;

import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.standalone.cli.CliContext;
import dev.profilesync.standalone.cli.ConfiguredHost;
import dev.profilesync.standalone.cli.RunnerFixture;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} and the demo's serving: the page over the configured host, with the scheduled job, until stopped. */
class AdminPageServingTest extends RunnerFixture {
    private static final Pattern URL = Pattern.compile("Advanced Options: (http://127\\.0\\.0\\.1:\\d+/\\S*)");

    @Test
    void servesTheAdminPageAndTheScheduledJobUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                environment::get, work);
        CountDownLatch stop = new CountDownLatch(1);
        int port = freePort();
        CompletableFuture<Integer> serving;
        try (StandaloneHost host = ConfiguredHost.open(context, Path.of("config.json"), AccessMode.READ_WRITE)) {
            serving = CompletableFuture.supplyAsync(() ->
                    AdminPageServing.serveUntil(stop, host, work.resolve("data"), port, context.out()));
            String url = awaitUrl(out, serving);

            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            assertThat(connection.getResponseCode()).isBetween(200, 399);
            assertThat(out.toString()).contains("Admin page login: user", "External User Directory Sync Job: next run");

            stop.countDown();
            assertThat(serving.get(10, TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void printsThePeopleDirectoryWhichListsTheSyncedPeople() throws Exception {
        StringWriter out = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                environment::get, work);
        CountDownLatch stop = new CountDownLatch(1);
        int port = freePort();
        try (StandaloneHost host = ConfiguredHost.open(context, Path.of("config.json"), AccessMode.READ_WRITE)) {
            host.engine().run(SyncRequest.full(SyncTrigger.COMMAND_LINE));
            CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() ->
                    AdminPageServing.serveUntil(stop, host, work.resolve("data"), port, true, context.out()));
            awaitUrl(out, serving);
            Matcher people = Pattern.compile("People Directory: (http://127\\.0\\.0\\.1:\\d+/people)")
                    .matcher(out.toString());
            assertThat(people.find()).as(out.toString()).isTrue();

            HttpURLConnection connection = (HttpURLConnection) URI.create(people.group(1)).toURL().openConnection();
            assertThat(connection.getResponseCode()).isEqualTo(200);
            String page = new String(connection.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).contains("class=\"ps-card\"", "id=\"ps-summary\"");

            stop.countDown();
            assertThat(serving.get(10, TimeUnit.SECONDS)).isZero();
        }
    }

    private static String awaitUrl(StringWriter out, CompletableFuture<Integer> serving) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = URL.matcher(out.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (serving.isDone()) {
                throw new AssertionError("serving ended early (exit " + serving.get() + "): " + out);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no URL printed: " + out);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
