package dev.profilesync.standalone.http;

import dev.profilesync.web.AdminApi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a browser test class runs its tests against: the standalone admin server on a free port with its data in the
 * test's folder, and a headless Chromium with a profile of its own. Register it as a static
 * {@code @RegisterExtension} field; after the class's last test it quits the browser, stops the server, then closes
 * what the test handed to {@link #own}, latest first, also when the start-up failed half-way.
 */
final class BrowserSite implements AfterAllCallback {
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();
    private final StringWriter console = new StringWriter();
    private StandaloneAdminServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    /** Skips the test class where chromium or chromedriver is not installed; call it first. */
    void assumeBrowser() {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed: browser tests skipped");
    }

    /** The resource, closed after the class's last test. */
    <T extends AutoCloseable> T own(T resource) {
        owned.push(resource);
        return resource;
    }

    /** Serves the admin page over the API, then starts the browser. */
    void start(Path folder, AdminApi api) throws Exception {
        start(folder, api, Optional.empty(), Optional.empty());
    }

    /** Serves the admin page and, where given, the people pages and {@code /me}, then starts the browser. */
    void start(Path folder, AdminApi api, Optional<PeopleSite> people, Optional<SelfServiceSite> selfService)
            throws Exception {
        server = StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0, folder.resolve("data"),
                new PrintWriter(console, true)), api, people, selfService);
        browser = Browser.start(Files.createDirectories(folder.resolve("chromium-profile")));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** The admin server's address. */
    URI url() {
        return server.url();
    }

    ChromeDriver browser() {
        return browser;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** The admin password the server generated and printed when it started. */
    String adminPassword() {
        return AdminLogin.printedPassword(console.toString());
    }

    /** Logs in as admin on the admin page; the caller waits for what it needs next. */
    void logIn() {
        AdminLogin.logIn(browser, wait, server.url(), adminPassword());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        while (!owned.isEmpty()) {
            owned.pop().close();
        }
    }
}
