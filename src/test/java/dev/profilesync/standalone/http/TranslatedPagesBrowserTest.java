package dev.profilesync.standalone.http;

import dev.profilesync.web.WebTestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.profilesync.standalone.http.AdminPageProbe.awaitReady;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The standalone pages in the browser's language: a browser asking for German gets the login and the admin page in
 * German, including what the scripts write; the same browser asking for a language the app does not ship gets
 * English. Skipped when chromium or chromedriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranslatedPagesBrowserTest {
    @TempDir
    static Path temp;
    private static WebTestHost host;
    private static StandaloneAdminServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String password;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed: browser tests skipped");
        host = WebTestHost.start(5);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        server = StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0, temp.resolve("data"),
                new PrintWriter(new java.io.OutputStreamWriter(console, StandardCharsets.UTF_8), true)), host.api());
        password = AdminLogin.printedPassword(console.toString(StandardCharsets.UTF_8));
        browser = Browser.start(temp.resolve("chromium-profile"), "de-DE,de");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    @Order(1)
    void aGermanBrowserLogsInOnAGermanForm() {
        browser.get(server.url().toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmelden");
        assertThat(browser.findElement(By.cssSelector("label[for=ps-password]")).getText()).isEqualTo("Passwort");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
    }

    @Test
    @Order(2)
    void aGermanBrowserSeesTheAdminPageInGermanIncludingWhatTheScriptsWrite() {
        AdminLogin.logIn(browser, wait, server.url(), password);
        awaitReady(wait);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Erweiterte Optionen");
        assertThat(browser.findElement(By.id("ps-start")).getText()).isEqualTo("Synchronisierung starten");
        assertThat(browser.findElement(By.id("ps-user-suggestions")).getAttribute("aria-label")).isEqualTo("Vorschläge");
        assertThat(browser.findElement(By.cssSelector("#ps-history-table .ps-empty-note")).getText())
                .isEqualTo("Es ist noch keine Synchronisierung gelaufen.");
        assertThat(browser.findElement(By.cssSelector("#ps-directory-list button")).getText())
                .isEqualTo("Verbindung testen");
        Browser.screenshot(browser, "i18n-01-admin-page-german");
    }

    @Test
    @Order(3)
    void aBrowserAskingForALanguageTheAppDoesNotShipGetsEnglish() {
        String userAgent = (String) browser.executeScript("return navigator.userAgent;");
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", "fr-FR"));
        browser.navigate().refresh();
        awaitReady(wait);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Advanced Options");
        assertThat(browser.findElement(By.cssSelector("#ps-history-table .ps-empty-note")).getText())
                .isEqualTo("No synchronization has run yet.");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

}
