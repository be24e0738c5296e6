package dev.profilesync.standalone.http;

import dev.profilesync.engine.WriteBackFixture;
import dev.profilesync.ldap.WritableDirectory;
import dev.profilesync.ldap.WritableSlapd;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.web.WebTestHost;
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
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /me} in a real headless Chromium over the real slapd: a person logs in with their directory password,
 * edits, saves, and meets a conflict they resolve both ways. Screenshots go to target/screenshots/me-*. Skipped
 * without chromium/chromedriver or slapd.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelfServiceBrowserTest {
    private static final String PASSWORD = "blue-kettle-61";
    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();
    @TempDir
    static Path temp;
    private static WritableSlapd slapd;
    private static WriteBackFixture fixture;
    private static WebTestHost admin;
    private static ChromeDriver browser;
    private static String dn;

    @BeforeAll
    static void start() throws Exception {
        SITE.assumeBrowser();
        slapd = SITE.own(WritableDirectory.slapd());
        dn = slapd.person("mia", "userPassword", PASSWORD, "telephoneNumber", "+1 555 0300", "title", "Engineer",
                "employeeType", "Junior");
        fixture = SITE.own(new WriteBackFixture(slapd.config(slapd.adminDn(), slapd.adminPassword())).withUsers("mia"));
        admin = SITE.own(WebTestHost.start(1));
        SITE.start(temp, admin.api(), Optional.empty(),
                Optional.of(new SelfServiceSite(fixture.editor, fixture.login(), new PeopleRenderer())));
        browser = SITE.browser();
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefused() {
        open("/me");
        logIn("mia", "not-it");
        assertThat(text("ps-me-login-message")).isEqualTo("Wrong username or password.");
        Browser.screenshot(browser, "me-01-wrong-password");
    }

    @Test
    @Order(2)
    void theFormOffersEditableFieldsAndSaysWhereTheOthersComeFrom() {
        logIn("mia", PASSWORD);
        assertThat(browser.findElement(By.id("ps-edit-phone")).getAttribute("value")).isEqualTo("+1 555 0300");
        WebElement title = field("title");
        assertThat(title.findElements(By.tagName("input"))).isEmpty();
        assertThat(title.getText()).contains("Engineer").contains("Comes from the directory");
        Browser.screenshot(browser, "me-02-form");
    }

    @Test
    @Order(3)
    void savingWritesToTheDirectory() throws Exception {
        type("ps-edit-phone", "+1 555 0301");
        new Select(browser.findElement(By.id("ps-edit-grade"))).selectByValue("Senior");
        submit("ps-edit-save");
        assertThat(text("ps-edit-saved")).isEqualTo("Your profile was saved.");
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0301");
        assertThat(slapd.values(dn, "employeeType")).containsExactly("Senior");
        assertThat(browser.findElement(By.id("ps-edit-phone")).getAttribute("value")).isEqualTo("+1 555 0301");
    }

    @Test
    @Order(4)
    void aValueThatBreaksTheRulesIsMarkedNextToItsField() throws Exception {
        browser.executeScript("document.getElementById('ps-edit-phone').removeAttribute('maxlength')");
        type("ps-edit-phone", "9".repeat(300));
        submit("ps-edit-save");
        assertThat(field("phone").findElement(By.cssSelector(".error")).getText()).contains("at most 255");
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0301");
        Browser.screenshot(browser, "me-03-invalid");
    }

    @Test
    @Order(5)
    void aConflictShowsBothValuesAndKeepingMineWritesMine() throws Exception {
        open("/me");
        slapd.replace(dn, "telephoneNumber", "+1 555 0999");
        type("ps-edit-phone", "+1 555 0302");
        submit("ps-edit-save");
        WebElement phone = field("phone");
        assertThat(phone.findElement(By.cssSelector(".ps-edit-mine")).getText()).isEqualTo("+1 555 0302");
        assertThat(phone.findElement(By.cssSelector(".ps-edit-directory")).getText()).isEqualTo("+1 555 0999");
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0999");
        Browser.screenshot(browser, "me-04-conflict");
        browser.findElement(By.id("ps-edit-phone-mine")).click();
        submit("ps-edit-save");
        assertThat(text("ps-edit-saved")).isEqualTo("Your profile was saved.");
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0302");
    }

    @Test
    @Order(6)
    void aConflictResolvedByTakingTheDirectorysValueKeepsIt() throws Exception {
        open("/me");
        slapd.replace(dn, "telephoneNumber", "+1 555 0888");
        type("ps-edit-phone", "+1 555 0303");
        submit("ps-edit-save");
        browser.findElement(By.id("ps-edit-phone-directory")).click();
        submit("ps-edit-save");
        assertThat(text("ps-edit-saved")).isEqualTo("Your profile was saved.");
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0888");
        assertThat(fixture.stored("mia")).containsEntry("phone", "+1 555 0888");
    }

    @Test
    @Order(7)
    void readOnlyModeShowsTheFormWithoutSaving() {
        fixture.readOnly(true);
        try {
            open("/me");
            assertThat(text("ps-edit-readonly")).contains("read-only");
            assertThat(browser.findElements(By.id("ps-edit-save"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("input#ps-edit-phone"))).isEmpty();
        } finally {
            fixture.readOnly(false);
        }
    }

    @Test
    @Order(8)
    void theAdminSessionIsNotASelfServiceSession() {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private static void logIn(String username, String password) {
        browser.findElement(By.id("ps-me-username")).sendKeys(username);
        browser.findElement(By.id("ps-me-password")).sendKeys(password);
        submit("ps-me-login-submit");
    }

    private static WebElement field(String key) {
        return browser.findElement(By.cssSelector(".ps-edit-field[data-field='" + key + "']"));
    }

    private static void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static void submit(String id) {
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id(id)));
    }

    private static void open(String path) {
        browser.get(SITE.url().resolve(path).toString());
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
