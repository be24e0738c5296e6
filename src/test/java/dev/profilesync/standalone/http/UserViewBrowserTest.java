package dev.profilesync.standalone.http;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.core.port.PictureProcessor;
import dev.profilesync.picture.ImageIoPictures;
import dev.profilesync.picture.TestImages;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.profilesync.standalone.http.AdminPageProbe.assertNothingInjected;
import static dev.profilesync.standalone.http.AdminPageProbe.awaitReady;
import static dev.profilesync.standalone.http.AdminPageProbe.text;
import static dev.profilesync.standalone.http.AdminPageProbe.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin page's Users section in a real headless Chromium: suggestions while typing, a demo-like person with
 * their fields and picture, hostile usernames from the corpus shown as their text and nothing else, and "Sync this
 * user now" refreshing the view from the directory. Screenshots: target/screenshots/users-*.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserViewBrowserTest {
    /** What a username could bring in; the one image the panel shows is the stored picture. */
    private static final String FOREIGN_BUT_THE_STORED_PICTURE =
            AdminPageProbe.FOREIGN_ELEMENTS.replaceFirst("^img, ", "img:not(.ps-user-picture), ");
    private static final List<HostileValues.Value> HOSTILE = HostileValues.all().stream()
            .filter(value -> value.text().length() <= 255).toList();
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
        host = SITE.own(WebTestHost.start(5));
        host.settings().saveFields(List.of(
                FieldDefinition.text("department", "Department", "departmentNumber"),
                FieldDefinition.text("title", "Job title", "title"),
                FieldDefinition.text("email", "Email", "mail").withDisplay(new FieldDisplay(false, false,
                        ValueFormat.AUTO)),
                new FieldDefinition("picture", "Picture", FieldType.PICTURE, List.of(), "jpegPhoto", true,
                        WhenMissing.CLEAR, MultiValue.FIRST, "", false)));
        var ready = (PictureProcessor.Ready) ImageIoPictures.withDefaults().prepare(TestImages.jpeg(300, 300));
        Picture picture = new Picture("sha256:" + "5e".repeat(32), ready.mediaType(), ready.bytes());
        host.profiles().write(List.of(new ProfileUpdate("ann.archer", "ann.archer", "3f2a-ann",
                Map.of("department", "Engineering", "title", "Principal Engineer", "email", "ann@example.com",
                        "picture", picture.digest()), Set.of(), new PictureChanges(Map.of("picture", picture), Set.of())),
                new ProfileUpdate("user0001", "user0001", "", Map.of("title", "Stale title"), Set.of())));
        for (HostileValues.Value hostile : HOSTILE) {
            host.profiles().write(List.of(new ProfileUpdate(hostile.text(), hostile.text(), "",
                    Map.of("title", hostile.text()), Set.of())));
        }
        SITE.start(temp, host.api());
        browser = SITE.browser();
        wait = SITE.waiting();
        SITE.logIn();
        awaitReady(wait);
    }

    @Test
    @Order(1)
    void typingTheStartOfAUsernameSuggestsStoredOnes() {
        WebElement input = browser.findElement(By.id("ps-user-q"));
        input.sendKeys("AN");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ps-user-suggestion")));
        assertThat(texts(browser, ".ps-user-suggestion")).containsExactly("ann.archer");
        Browser.screenshot(section(), "users-01-suggestions");
    }

    @Test
    @Order(2)
    void aPersonShowsEveryFieldHiddenOnesMarkedAndTheirPicture() {
        browser.findElement(By.cssSelector(".ps-user-suggestion")).click();
        awaitView("found");
        assertThat(text(browser, ".ps-user-name")).isEqualTo("ann.archer");
        assertThat(texts(browser, ".ps-user-fields tbody th")).containsExactly("Department", "Job title", "Email", "Picture");
        assertThat(text(browser, "[data-field=title] .ps-user-value")).isEqualTo("Principal Engineer");
        assertThat(text(browser, "[data-field=email] .ps-user-marks")).isEqualTo("Hidden");
        assertThat(text(browser, "[data-field=department] .ps-user-marks")).isEmpty();
        assertThat(text(browser, "[data-field=picture] .ps-user-value")).startsWith("Picture (image/jpeg, ");
        assertThat(texts(browser, ".ps-user-facts dd")).contains("3f2a-ann");
        WebElement image = browser.findElement(By.cssSelector("#ps-user-view img.ps-user-picture"));
        wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue())
                .isEqualTo(256);
        Browser.screenshot(section(), "users-02-person-with-picture");
    }

    @Test
    @Order(3)
    void hostileUsernamesShowAsTheirTextAndAddNothing() {
        for (HostileValues.Value hostile : HOSTILE) {
            browser.executeScript("document.getElementById('ps-user-q').value = arguments[0]", hostile.text());
            browser.findElement(By.id("ps-user-look-up")).click();
            awaitView("found");
            assertThat(text(browser, ".ps-user-name")).as(hostile.name()).isEqualTo(hostile.text());
            assertThat(text(browser, "[data-field=title] .ps-user-value")).as(hostile.name()).isEqualTo(hostile.text());
            assertNothingInjected(browser, FOREIGN_BUT_THE_STORED_PICTURE);
        }
        WebElement input = browser.findElement(By.id("ps-user-q"));
        input.clear();
        input.sendKeys("<");
        wait.until(driver -> !texts(browser, ".ps-user-suggestion").isEmpty()
                && texts(browser, ".ps-user-suggestion").stream().allMatch(t -> t.startsWith("<")));
        assertThat(texts(browser, ".ps-user-suggestion")).isSubsetOf(HOSTILE.stream().map(HostileValues.Value::text).toList());
        assertNothingInjected(browser, FOREIGN_BUT_THE_STORED_PICTURE);
        Browser.screenshot(section(), "users-03-hostile-username");
    }

    @Test
    @Order(4)
    void anUnknownUserSaysSoAndOffersTheSync() {
        lookUp("nobody-here");
        awaitView("missing");
        assertThat(text(browser, "#ps-user-view .aui-message")).startsWith("Nothing is stored for 'nobody-here'");
        assertThat(browser.findElement(By.id("ps-user-sync")).isEnabled()).isTrue();
    }

    @Test
    @Order(5)
    void syncThisUserNowRefreshesTheViewFromTheDirectory() {
        lookUp("user0001");
        awaitView("found");
        assertThat(text(browser, "[data-field=title] .ps-user-value")).isEqualTo("Stale title");
        browser.findElement(By.id("ps-user-sync")).click();
        wait.until(driver -> text(browser, ".ps-user-sync-result").startsWith("Synced:"));
        assertThat(text(browser, "[data-field=title] .ps-user-value")).isNotEqualTo("Stale title").isNotBlank();
        assertThat(text(browser, "[data-field=department] .ps-user-value")).isNotEqualTo("no value stored");
        assertThat(texts(browser, ".ps-user-facts dt")).contains("Last written by a sync");
        Browser.screenshot(section(), "users-04-synced-now");
    }

    @Test
    @Order(6)
    void inReadOnlyModeTheSyncButtonIsDisabled() {
        host.readOnly(true);
        try {
            browser.navigate().refresh();
            awaitReady(wait);
            lookUp("user0001");
            awaitView("found");
            assertThat(browser.findElement(By.id("ps-user-sync")).isEnabled()).isFalse();
        } finally {
            host.readOnly(false);
        }
    }

    // --- helpers ---

    private static void lookUp(String username) {
        WebElement input = browser.findElement(By.id("ps-user-q"));
        input.clear();
        input.sendKeys(username);
        browser.findElement(By.id("ps-user-look-up")).click();
    }

    private static void awaitView(String state) {
        wait.until(driver -> state.equals(driver.findElement(By.id("ps-user-view")).getAttribute("data-state")));
    }

    /** The Users section, scrolled to the top of the window so its screenshot holds all of it. */
    private static WebElement section() {
        WebElement section = browser.findElement(By.id("ps-users"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", section);
        return section;
    }

}
