package dev.profilesync.standalone.http;

import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.ScheduleInfo;
import dev.profilesync.engine.WriteBackFixture;
import dev.profilesync.ldap.WritableDirectory;
import dev.profilesync.ldap.WritableSlapd;
import dev.profilesync.web.AdminApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The "Write bind" form of a host that keeps write binds itself (as Confluence does), in a real headless Chromium
 * over the real store: off at first, saved with a password that never comes back, an error next to the field when
 * the password is missing. Screenshot: target/screenshots/writebind-*.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WriteBindBrowserTest {
    private static final String SECRET = "Wb-very-s3cret";
    @TempDir
    static Path temp;
    private static WritableSlapd slapd;
    private static WriteBackFixture fixture;
    private static AdminApi api;
    private static StandaloneAdminServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String password;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed: browser tests skipped");
        slapd = WritableDirectory.slapd();
        fixture = new WriteBackFixture(slapd.config(slapd.adminDn(), slapd.adminPassword()));
        api = new AdminApi(fixture.engine, fixture.ports, new FixedSchedule(), Clock.systemUTC(), ZoneOffset.UTC)
                .withWriteBack(fixture.check, fixture.stores.writeBacks())
                .withWriteBinds(fixture.stores.writeAccounts());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        server = StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0, temp.resolve("data"),
                new PrintWriter(new OutputStreamWriter(console, StandardCharsets.UTF_8), true)), api);
        password = AdminLogin.printedPassword(console.toString(StandardCharsets.UTF_8));
        browser = Browser.start(temp.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (api != null) {
            api.close();
        }
        if (fixture != null) {
            fixture.close();
        }
        if (slapd != null) {
            slapd.close();
        }
    }

    @Test
    @Order(1)
    void theFormSaysWriteBackIsOffForTheDirectory() {
        AdminLogin.logIn(browser, wait, server.url(), password);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ps-writebind-form")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ps-writebind-current"), "off"));
        assertThat(browser.findElement(By.id("ps-writebind-current")).getText())
                .isEqualTo("Write-back is off for this directory.");
    }

    @Test
    @Order(2)
    void aDnWithoutPasswordIsRefusedNextToThePasswordField() {
        browser.findElement(By.id("ps-wbind-dn")).sendKeys("cn=profile writer,dc=example,dc=org");
        browser.findElement(By.id("ps-wbind-save")).click();
        wait.until(driver -> !driver.findElement(By.cssSelector("[data-field='writeBind.password'] .error")).getText()
                .isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-field='writeBind.password'] .error")).getText())
                .contains("has no password");
    }

    @Test
    @Order(3)
    void theSavedWriteBindShowsItsDnAndThePasswordNeverComesBack() {
        browser.findElement(By.id("ps-wbind-password")).sendKeys(SECRET);
        browser.findElement(By.id("ps-wbind-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ps-writebind-current"), "Writes back as"));
        assertThat(browser.findElement(By.id("ps-writebind-current")).getText())
                .isEqualTo("Writes back as cn=profile writer,dc=example,dc=org; a password is stored.");
        assertThat(browser.findElement(By.id("ps-wbind-password")).getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(SECRET);
        assertThat(fixture.stores.writeAccounts().account("slapd")).get().extracting(a -> a.secret()).isEqualTo(SECRET);
        Browser.screenshot(browser.findElement(By.id("ps-writebind-form")), "writebind-01-saved");
    }

    /** The schedule part of the page is not under test here. */
    private static final class FixedSchedule implements HostSchedule {
        @Override
        public ScheduleInfo current() {
            return new ScheduleInfo(ScheduleInfo.JOB_NAME, "0 0 1 * * ?", Optional.empty(), true, false,
                    Optional.empty());
        }

        @Override
        public void update(String cron) {
            throw new UnsupportedOperationException("not editable here");
        }
    }
}
