package dev.profilesync.standalone.http;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.web.WebTestHost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.util.List;

import static dev.profilesync.standalone.http.AdminPageProbe.awaitReady;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin page in a real headless Chromium, as an admin uses it: one story, in order, with screenshots of each
 * state under target/screenshots/. Skipped when chromium or chromedriver is not installed (CI installs both).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPageBrowserTest {
    private static final int USERS = 300;
    private static final String SCRIPT_TITLE = "<script>alert(3)</script>";
    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();
    @TempDir
    static Path temp;
    private static WebTestHost host;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String password;

    @BeforeAll
    static void start() throws Exception {
        SITE.assumeBrowser();
        host = SITE.own(WebTestHost.start(USERS));
        SITE.start(temp, host.api());
        browser = SITE.browser();
        wait = SITE.waiting();
        password = SITE.adminPassword();
    }

    @Test
    @Order(1)
    void anAdminLogsIn() {
        browser.get(SITE.url().toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        Browser.screenshot(browser, "01-login");
        browser.findElement(By.id("ps-username")).sendKeys("admin");
        browser.findElement(By.id("ps-password")).sendKeys(password);
        browser.findElement(By.id("ps-login-submit")).click();
        awaitReady(wait);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Advanced Options");
        Browser.screenshot(browser, "02-advanced-options");
    }

    @Test
    @Order(2)
    void changingThePolicyIsSavedOnTheServer() {
        assertThat(browser.findElement(By.id("ps-active-visible")).isSelected()).isTrue();
        browser.findElement(By.id("ps-active-all")).click();
        browser.findElement(By.id("ps-policies-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ps-policies-form .ps-saved")));
        assertThat(host.settings().settings().activeUserPolicy()).isEqualTo(ActiveUserPolicy.ALL);
        Browser.screenshot(section("ps-policies"), "03-policy-saved");
        browser.navigate().refresh();
        awaitReady(wait);
        assertThat(browser.findElement(By.id("ps-active-all")).isSelected()).isTrue();
    }

    @Test
    @Order(3)
    void aSyncShowsLiveProgressThenItsSummary() {
        host.slowDirectory(12);
        WebElement start = browser.findElement(By.id("ps-start"));
        start.click();
        wait.until(driver -> percent() > 0 && percent() < 100);
        assertThat(start.isEnabled()).as("Start is disabled while a sync runs").isFalse();
        assertThat(browser.findElement(By.id("ps-run-state")).getText()).contains("running");
        assertThat(browser.findElement(By.id("ps-progress-text")).getText()).contains("of " + USERS + " users")
                .contains("Directory: Test directory");
        Browser.screenshot(section("ps-sync"), "04-sync-progress");
        wait.until(driver -> "complete".equals(browser.findElement(By.id("ps-progress")).getAttribute("data-state")));
        host.slowDirectory(0);
        assertThat(percent()).isEqualTo(100);
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ps-summary")));
        assertThat(summary.getText()).contains("Last synchronization").contains("SUCCESS");
        assertThat(count("Updated")).isEqualTo(String.valueOf(USERS));
        assertThat(count("Values changed")).isEqualTo(String.valueOf(USERS * 3));
        assertThat(start.isEnabled()).isTrue();
        Browser.screenshot(section("ps-sync"), "05-sync-summary");
    }

    @Test
    @Order(4)
    void aDryRunListsWhatWouldChangeWithDirectoryMarkupShownAsText() throws Exception {
        host.modifyDirectory("user0003", "title", SCRIPT_TITLE);
        host.modifyDirectory("user0004", "title", WebTestHost.imgValue());
        host.modifyDirectory("user0005", "mail", "new.mail@example.com");
        browser.findElement(By.id("ps-dry-run")).click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ps-changes")));
        wait.until(driver -> table.findElements(By.cssSelector("tbody tr")).size() == 3);
        List<String> cells = table.findElements(By.cssSelector("tbody td")).stream().map(WebElement::getText).toList();
        assertThat(cells).contains(SCRIPT_TITLE, WebTestHost.imgValue(), "new.mail@example.com", "user0003");
        assertThat(browser.findElement(By.id("ps-dryrun-info")).getText()).contains("3 values would change");
        assertNothingInjected();
        Browser.screenshot(section("ps-dryrun"), "06-dry-run");
        assertThat(host.settings().state().lastSyncTime()).isPresent();
    }

    @Test
    @Order(5)
    void theHistoryListsTheRunsAndDrawsTheChart() {
        browser.navigate().refresh();
        awaitReady(wait);
        List<WebElement> rows = browser.findElements(By.cssSelector("#ps-history-table tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Full (dry run)");
        assertThat(browser.findElements(By.cssSelector("#ps-chart svg rect"))).hasSize(2);
        Browser.screenshot(section("ps-history"), "07-history");
    }

    @Test
    @Order(6)
    void testingADirectoryShowsASampleWithMarkupAsText() {
        WebElement directory = browser.findElement(By.cssSelector("[data-directory='test']"));
        assertThat(directory.getText()).doesNotContainIgnoringCase("password");
        directory.findElement(By.tagName("button")).click();
        WebElement sample = wait.until(driver -> directory.findElement(By.cssSelector("table.ps-sample")));
        List<String> cells = sample.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells).contains(WebTestHost.hostileUser(), WebTestHost.scriptValue(), WebTestHost.imgValue());
        assertNothingInjected();
        Browser.screenshot(section("ps-directories"), "08-directory-test");
    }

    @Test
    @Order(7)
    void anInvalidFieldShowsTheServersMessageNextToTheField() {
        browser.findElement(By.id("ps-field-add")).click();
        browser.findElement(By.id("ps-f-key")).sendKeys("phone");
        browser.findElement(By.id("ps-f-label")).sendKeys("Phone");
        browser.findElement(By.id("ps-f-attribute")).sendKeys("telephone number");
        browser.findElement(By.cssSelector("#ps-field-form button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ps-field-form [data-field='ldapAttribute'] .error")));
        assertThat(error.getText()).contains("not an LDAP attribute name");
        assertThat(host.settings().fields()).hasSize(3);
        Browser.screenshot(section("ps-fields"), "09-field-error");
        WebElement attribute = browser.findElement(By.id("ps-f-attribute"));
        attribute.clear();
        attribute.sendKeys("telephoneNumber");
        browser.findElement(By.cssSelector("#ps-field-form button[type=submit]")).click();
        wait.until(driver -> browser.findElements(By.cssSelector("#ps-fields-table tr[data-key='phone']")).size() == 1);
        assertThat(host.settings().fields()).hasSize(4);
    }

    @Test
    @Order(8)
    void inReadOnlyModeABannerShowsAndEveryWriteIsDisabled() {
        host.readOnly(true);
        try {
            browser.navigate().refresh();
            awaitReady(wait);
            assertThat(browser.findElement(By.id("ps-readonly-banner")).isDisplayed()).isTrue();
            assertThat(browser.findElements(By.cssSelector("[data-writes]")))
                    .isNotEmpty()
                    .allSatisfy(element -> assertThat(element.isEnabled()).as(element.getAttribute("id")).isFalse());
            browser.executeScript("window.scrollTo(0, 0)");
            Browser.screenshot(browser, "10-read-only");
        } finally {
            host.readOnly(false);
        }
    }

    @Test
    @Order(9)
    void fieldsManagedByTheHostAreShownReadOnlyWithTheReason() {
        host.fieldsManagedElsewhere("The field mappings are managed by the config file.");
        try {
            browser.navigate().refresh();
            awaitReady(wait);
            WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ps-fields-managed")));
            assertThat(note.getText()).isEqualTo("The field mappings are managed by the config file.");
            assertThat(browser.findElement(By.id("ps-field-add")).isEnabled()).isFalse();
            assertThat(browser.findElements(By.cssSelector("#ps-fields-table button")))
                    .isNotEmpty().allSatisfy(button -> assertThat(button.isEnabled()).isFalse());
            Browser.screenshot(section("ps-fields"), "11-fields-managed");
        } finally {
            host.fieldsManagedElsewhere(null);
        }
    }

    @Test
    @Order(10)
    void droppedLoginSyncsAreShownBesideTheSynchronization() {
        host.loginSyncs(500, 12);
        try {
            browser.navigate().refresh();
            awaitReady(wait);
            WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ps-login-sync-dropped")));
            assertThat(note.getText()).contains("12 of 500 login syncs").contains("next login");
            Browser.screenshot(section("ps-sync"), "12-login-syncs-dropped");
        } finally {
            host.loginSyncs(0, 0);
        }
    }

    // --- helpers ---

    private static int percent() {
        return Integer.parseInt(browser.findElement(By.id("ps-progress")).getAttribute("aria-valuenow"));
    }

    private static String count(String label) {
        return browser.findElement(By.cssSelector("#ps-summary [data-count='" + label + "'] .ps-count")).getText()
                .replace(",", "").replace(".", "").replace("\u202f", "").replace("\u00a0", "");
    }

    private static WebElement section(String id) {
        WebElement section = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView()", section);
        return section;
    }

    /** No alert opened, no img element exists, and the only scripts are the page's own files. */
    private static void assertNothingInjected() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script")))
                .allSatisfy(script -> assertThat(script.getAttribute("src")).contains("/assets/js/"));
    }
}
