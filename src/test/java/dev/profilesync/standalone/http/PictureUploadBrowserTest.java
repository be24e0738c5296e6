package dev.profilesync.standalone.http;

import dev.profilesync.core.Picture;
import dev.profilesync.engine.WriteBackFixture;
import dev.profilesync.ldap.WritableDirectory;
import dev.profilesync.ldap.WritableSlapd;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.picture.TestImages;
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

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picture uploaded on {@code /me} in a real headless Chromium over the real slapd (jpegPhoto): written back, a
 * broken file refused next to its field, and the conflict dialog showing the two pictures, resolved both ways.
 * Screenshots go to target/screenshots/me-picture-*. Skipped without chromium/chromedriver or slapd.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PictureUploadBrowserTest {
    private static final String PASSWORD = "green-teapot-47";
    private static final byte[] MINE = TestImages.image("png", 160, 120, Color.BLUE);
    private static final byte[] THEIRS = TestImages.image("jpeg", 90, 90, Color.GREEN);
    private static final byte[] OTHER = TestImages.image("gif", 70, 70, Color.ORANGE);
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
        dn = slapd.person("noa", "userPassword", PASSWORD, "telephoneNumber", "+1 555 0400");
        fixture = SITE.own(new WriteBackFixture(slapd.config(slapd.adminDn(), slapd.adminPassword()), "jpegPhoto")
                .withUsers("noa"));
        admin = SITE.own(WebTestHost.start(1));
        SITE.start(temp, admin.api(), Optional.empty(),
                Optional.of(new SelfServiceSite(fixture.editor, fixture.login(), new PeopleRenderer())));
        browser = SITE.browser();
    }

    @Test
    @Order(1)
    void anUploadedPictureIsWrittenToTheDirectoryAndShownOnTheForm() throws Exception {
        browser.get(SITE.url().resolve("/me").toString());
        browser.findElement(By.id("ps-me-username")).sendKeys("noa");
        browser.findElement(By.id("ps-me-password")).sendKeys(PASSWORD);
        submit("ps-me-login-submit");
        WebElement input = browser.findElement(By.id("ps-edit-picture"));
        assertThat(input.getAttribute("accept")).isEqualTo("image/jpeg,image/png,image/gif");
        assertThat(browser.findElement(By.id("ps-edit-form")).getAttribute("enctype"))
                .isEqualTo("multipart/form-data");
        assertThat(field().getText()).contains("No picture yet");

        choose(MINE, "mine.png");
        type("ps-edit-phone", "+1 555 0401");
        submit("ps-edit-save");

        assertThat(browser.findElement(By.id("ps-edit-saved")).getText()).isEqualTo("Your profile was saved.");
        assertThat(photo()).isEqualTo(MINE);
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0401");
        assertThat(field().findElement(By.cssSelector("img.ps-edit-current")).getAttribute("src"))
                .startsWith("data:image/");
        assertThat(fixture.stored("noa")).containsEntry("picture", Picture.digestOf(MINE));
        Browser.screenshot(browser, "me-picture-01-uploaded");
    }

    @Test
    @Order(2)
    void aBrokenFileIsRefusedNextToItsFieldAndNothingIsWritten() throws Exception {
        choose(TestImages.corruptJpeg(), "broken.jpg");
        submit("ps-edit-save");

        assertThat(field().findElement(By.cssSelector(".error")).getText()).contains("could not be decoded");
        assertThat(photo()).isEqualTo(MINE);
        Browser.screenshot(browser, "me-picture-02-refused");
    }

    @Test
    @Order(3)
    void aConflictShowsBothPicturesAndKeepingMineNeedsTheFileAgain() throws Exception {
        browser.get(SITE.url().resolve("/me").toString());
        setPhoto(THEIRS);
        choose(OTHER, "other.gif");
        submit("ps-edit-save");

        WebElement picture = field();
        assertThat(picture.findElement(By.cssSelector("img.ps-edit-mine")).getAttribute("src"))
                .startsWith("data:image/");
        assertThat(picture.findElement(By.cssSelector("img.ps-edit-directory")).getAttribute("src"))
                .startsWith("data:image/");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("sha256:");
        assertThat(photo()).isEqualTo(THEIRS);
        Browser.screenshot(browser, "me-picture-03-conflict");

        browser.findElement(By.id("ps-edit-picture-mine")).click();
        submit("ps-edit-save");
        assertThat(field().findElement(By.cssSelector(".error")).getText()).contains("choose your picture again");
        assertThat(photo()).isEqualTo(THEIRS);

        choose(OTHER, "other.gif");
        submit("ps-edit-save");
        assertThat(browser.findElement(By.id("ps-edit-saved")).getText()).isEqualTo("Your profile was saved.");
        assertThat(photo()).isEqualTo(OTHER);
    }

    @Test
    @Order(4)
    void aConflictResolvedByTakingTheDirectorysPictureKeepsIt() throws Exception {
        browser.get(SITE.url().resolve("/me").toString());
        setPhoto(THEIRS);
        choose(MINE, "mine.png");
        submit("ps-edit-save");
        browser.findElement(By.id("ps-edit-picture-directory")).click();
        submit("ps-edit-save");

        assertThat(browser.findElement(By.id("ps-edit-saved")).getText()).isEqualTo("Your profile was saved.");
        assertThat(photo()).isEqualTo(THEIRS);
        assertThat(fixture.stored("noa")).containsEntry("picture", Picture.digestOf(THEIRS));
    }

    private static WebElement field() {
        return browser.findElement(By.cssSelector(".ps-edit-field[data-field='picture']"));
    }

    private static void choose(byte[] bytes, String name) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        browser.findElement(By.id("ps-edit-picture")).sendKeys(file.toString());
    }

    private static void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static void submit(String id) {
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id(id)));
    }

    private static byte[] photo() throws Exception {
        return slapd.bytes(dn, "jpegPhoto").get(0);
    }

    private static void setPhoto(byte[] bytes) throws Exception {
        slapd.replace(dn, "jpegPhoto", bytes);
    }
}
