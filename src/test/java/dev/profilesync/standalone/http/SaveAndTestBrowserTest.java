package dev.profilesync.standalone.http;

import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.ScheduleInfo;
import dev.profilesync.engine.WriteBackFixture;
import dev.profilesync.ldap.WritableDirectory;
import dev.profilesync.ldap.WritableSlapd;
import dev.profilesync.web.AdminApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin page's write-back panel in a real headless Chromium over the real slapd: Save and test passes with the
 * write bind and the panel says so; the audit lists the test's writes. Screenshots: target/screenshots/writeback-*.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SaveAndTestBrowserTest {
    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();
    @TempDir
    static Path temp;
    private static WritableSlapd slapd;
    private static WriteBackFixture fixture;
    private static AdminApi api;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        SITE.assumeBrowser();
        slapd = SITE.own(WritableDirectory.slapd());
        slapd.person("tess", "telephoneNumber", "+1 555 0600");
        fixture = SITE.own(new WriteBackFixture(slapd.config(slapd.adminDn(), slapd.adminPassword())));
        api = SITE.own(new AdminApi(fixture.engine, fixture.ports, new FixedSchedule(), Clock.systemUTC(),
                ZoneOffset.UTC).withWriteBack(fixture.check, fixture.stores.writeBacks()));
        SITE.start(temp, api);
        browser = SITE.browser();
        wait = SITE.waiting();
    }

    @Test
    @Order(1)
    void thePanelSaysNoDirectoryHasPassedYet() {
        SITE.logIn();
        wait.until(driver -> "ready".equals(driver.findElement(By.id("profile-sync-admin")).getAttribute("data-state")));
        assertThat(browser.findElement(By.id("ps-writeback-summary")).getText())
                .startsWith("No directory has passed Save and test yet.").contains("Not tested since the start: slapd");
    }

    @Test
    @Order(2)
    void saveAndTestPassesWithTheWriteBindAndThePanelSaysSo() throws Exception {
        browser.findElement(By.id("ps-wb-username")).sendKeys("tess");
        browser.findElement(By.id("ps-wb-test-value")).sendKeys("+1 555 0699");
        browser.findElement(By.id("ps-wb-test")).click();
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ps-wb-report")));
        assertThat(report.getText()).contains("Passed: the write bind can write telephoneNumber.")
                .contains("write the test value (result code 0)").contains("write the original value back");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ps-writeback-summary"),
                "Tested and passed: slapd."));
        assertThat(browser.findElements(By.cssSelector("#ps-wb-audit .ps-wb-record"))).hasSize(2);
        assertThat(slapd.values("uid=tess," + slapd.usersDn(), "telephoneNumber")).containsExactly("+1 555 0600");
        Browser.screenshot(browser.findElement(By.id("ps-writeback")), "writeback-01-passed");
    }

    @Test
    @Order(3)
    void aFailedStepShowsItsResultCodeAndRemedy() {
        WebElement username = browser.findElement(By.id("ps-wb-username"));
        username.clear();
        username.sendKeys("nobody-at-all");
        browser.findElement(By.id("ps-wb-test")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ps-wb-report"), "Failed"));
        assertThat(browser.findElement(By.id("ps-wb-report")).getText()).contains("pick a user of this directory");
        assertThat(browser.findElement(By.id("ps-writeback-summary")).getText()).contains("Tested and failed: slapd.");
        Browser.screenshot(browser.findElement(By.id("ps-writeback")), "writeback-02-failed");
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
