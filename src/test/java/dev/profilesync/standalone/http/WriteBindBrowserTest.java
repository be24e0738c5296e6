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
 * The "Write bind" form of a host that keeps write binds itself (as Confluence does), in a real headless Chromium
 * over the real store: off at first, saved with a password that never comes back, an error next to the field when
 * the password is missing. Screenshot: target/screenshots/writebind-*.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WriteBindBrowserTest {
    private static final String SECRET = "Wb-very-s3cret";
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
        fixture = SITE.own(new WriteBackFixture(slapd.config(slapd.adminDn(), slapd.adminPassword())));
        api = SITE.own(new AdminApi(fixture.engine, fixture.ports, new FixedSchedule(), Clock.systemUTC(),
                ZoneOffset.UTC).withWriteBack(fixture.check, fixture.stores.writeBacks())
                .withWriteBinds(fixture.stores.writeAccounts()));
        SITE.start(temp, api);
        browser = SITE.browser();
        wait = SITE.waiting();
    }

    @Test
    @Order(1)
    void theFormSaysWriteBackIsOffForTheDirectory() {
        SITE.logIn();
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
