package dev.profilesync.standalone.http;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.web.HostileValues;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.profilesync.standalone.http.AdminPageProbe.assertNothingInjected;
import static dev.profilesync.standalone.http.AdminPageProbe.awaitReady;
import static dev.profilesync.standalone.http.AdminPageProbe.text;
import static dev.profilesync.standalone.http.AdminPageProbe.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-values corpus (src/test/resources/hostile-values.json) through the admin page in a real headless
 * Chromium: as directory values in the dry run's changes, in the rejection messages of the run summary, in the
 * server's error next to a form field and as field labels in the mappings list; the history renders beside them.
 * Each value must show as exactly its text, and the page must hold no element or handler it did not make itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileValuesBrowserTest {
    private static final List<HostileValues.Value> CORPUS = HostileValues.all();
    /** Every value but the 4,000-character one fits a TEXT field and a label; that one goes into a MULTILINE field. */
    private static final List<HostileValues.Value> SHORT = CORPUS.stream().filter(v -> v.text().length() <= 100)
            .toList();
    private static final HostileValues.Value LONG = CORPUS.stream().filter(v -> v.text().length() == 4000)
            .findFirst().orElseThrow();
    private static final int FIRST_USER = 10;
    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();
    @TempDir
    static Path temp;
    private static WebTestHost host;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        SITE.assumeBrowser();
        host = SITE.own(WebTestHost.start(FIRST_USER + SHORT.size() + 1));
        List<FieldDefinition> fields = new ArrayList<>(host.settings().fields());
        fields.add(new FieldDefinition("about", "About", FieldType.MULTILINE, List.of(), "description", true,
                WhenMissing.CLEAR, MultiValue.FIRST, "", false));
        fields.add(new FieldDefinition("office", "Office", FieldType.SELECT, List.of("Berlin"), "l", true,
                WhenMissing.CLEAR, MultiValue.FIRST, "", false));
        host.settings().saveFields(fields);
        SITE.start(temp, host.api());
        browser = SITE.browser();
        wait = SITE.waiting();
        SITE.logIn();
        awaitReady(wait);
    }

    @Test
    @Order(1)
    void directoryValuesShowAsTextInTheDryRunsChanges() throws Exception {
        browser.findElement(By.id("ps-start")).click();
        wait.until(driver -> "complete".equals(driver.findElement(By.id("ps-progress")).getAttribute("data-state")));
        for (int i = 0; i < SHORT.size(); i++) {
            host.modifyDirectory(user(i), "title", SHORT.get(i).text());
            host.modifyDirectory(user(i), "l", SHORT.get(i).text());
        }
        host.modifyDirectory(user(SHORT.size()), "description", LONG.text());

        browser.findElement(By.id("ps-dry-run")).click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ps-changes")));
        wait.until(driver -> table.findElements(By.cssSelector("tbody tr")).size() == SHORT.size() + 1);

        List<String> cells = texts(browser, "#ps-changes tbody td");
        assertThat(cells).containsAll(SHORT.stream().map(HostileValues.Value::text).toList()).contains(LONG.text());
        assertNothingInjected(browser, AdminPageProbe.FOREIGN_ELEMENTS);
        Browser.screenshot(browser, "hostile-01-dry-run");
    }

    @Test
    @Order(2)
    void rejectionMessagesInTheSummaryShowTheValuesAsText() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ps-summary .ps-problem-list")));
        String problems = String.join("\n", texts(browser, "#ps-summary .ps-problem-list li"));
        SHORT.forEach(value -> assertThat(problems).as(value.name())
                .contains("'" + value.text() + "' is not one of its options"));
        assertNothingInjected(browser, AdminPageProbe.FOREIGN_ELEMENTS);
    }

    @Test
    @Order(3)
    void theServersErrorNextToAFormFieldShowsTheValueAsText() {
        browser.findElement(By.id("ps-field-add")).click();
        browser.findElement(By.id("ps-f-key")).sendKeys("hostile");
        browser.findElement(By.id("ps-f-label")).sendKeys("Hostile");
        WebElement attribute = browser.findElement(By.id("ps-f-attribute"));
        for (HostileValues.Value value : SHORT) {
            browser.executeScript("arguments[0].value = arguments[1]", attribute, value.text());
            browser.findElement(By.cssSelector("#ps-field-form button[type=submit]")).click();
            wait.until(driver -> text(browser, "#ps-field-form [data-field='ldapAttribute'] .error")
                    .equals("'" + value.text() + "' is not an LDAP attribute name (letters, digits and '-', "
                            + "starting with a letter)"));
            assertNothingInjected(browser, AdminPageProbe.FOREIGN_ELEMENTS);
        }
        browser.findElement(By.id("ps-field-cancel")).click();
    }

    @Test
    @Order(4)
    void fieldLabelsAndTheHistoryShowAsText() {
        List<FieldDefinition> fields = new ArrayList<>(host.settings().fields());
        for (int i = 0; i < SHORT.size(); i++) {
            fields.add(FieldDefinition.text("h" + i, SHORT.get(i).text(), "cn"));
        }
        host.settings().saveFields(fields);
        browser.navigate().refresh();
        awaitReady(wait);

        assertThat(texts(browser, "#ps-fields-table tbody td"))
                .containsAll(SHORT.stream().map(HostileValues.Value::text).toList());
        assertThat(browser.findElements(By.cssSelector("#ps-history-table tbody tr"))).hasSize(2);
        assertNothingInjected(browser, AdminPageProbe.FOREIGN_ELEMENTS);
        Browser.screenshot(browser, "hostile-02-fields-and-history");
    }

    // --- helpers ---

    private static String user(int index) {
        return String.format("user%04d", FIRST_USER + index);
    }

}
