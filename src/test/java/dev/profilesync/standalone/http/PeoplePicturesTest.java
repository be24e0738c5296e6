package dev.profilesync.standalone.http;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.PictureProcessor;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.picture.ImageIoPictures;
import dev.profilesync.picture.TestImages;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import dev.profilesync.web.WebTestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Synced pictures on the standalone people pages: served at {@code /people/{username}/picture} with their type, to
 * those who may read the cards, and shown on the card instead of the initials; in a real Chromium when installed.
 */
class PeoplePicturesTest {
    @TempDir
    static Path temp;
    private static AoStores stores;
    private static PeopleDirectory directory;
    private static WebTestHost admin;
    private static StandaloneAdminServer publicPages;
    private static StandaloneAdminServer loginRequired;
    private static Picture annPicture;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("pictures-" + UUID.randomUUID()));
        stores.settings().saveFields(List.of(FieldDefinition.text("title", "Title", "title"),
                new FieldDefinition("photo", "Photo", FieldType.PICTURE, List.of(), "jpegPhoto", true,
                        WhenMissing.CLEAR, MultiValue.FIRST, "", false)));
        var ready = (PictureProcessor.Ready) ImageIoPictures.withDefaults().prepare(TestImages.jpeg(300, 300));
        annPicture = new Picture("sha256:" + "a1".repeat(32), ready.mediaType(), ready.bytes());
        stores.profiles().write(List.of(
                new ProfileUpdate("key-ann", "ann", "", Map.of("title", "Engineer", "photo", annPicture.digest()),
                        Set.of(), new PictureChanges(Map.of("photo", annPicture), Set.of())),
                new ProfileUpdate("key-bob", "bob", "", Map.of("title", "Tester"), Set.of())));
        directory = new PeopleDirectory(stores.profiles(), stores.settings(), users(), Clock.systemUTC());
        admin = WebTestHost.start(1);
        publicPages = server(true);
        loginRequired = server(false);
    }

    private static StandaloneAdminServer server(boolean publicPeople) throws Exception {
        return StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0, temp.resolve("data" + publicPeople),
                new PrintWriter(new StringWriter())), admin.api(), Optional.of(new PeopleSite(directory,
                new PeopleRenderer(), publicPeople, stores.profiles()::picture)));
    }

    private static HostUsers users() {
        List<HostUser> all = List.of(new HostUser("key-ann", "ann", false, false, true, Optional.empty(), "Ann Archer"),
                new HostUser("key-bob", "bob", false, false, true, Optional.empty(), "Bob Baker"));
        return new HostUsers() {
            @Override
            public List<HostUser> all() {
                return all;
            }

            @Override
            public Optional<HostUser> byUsername(String username) {
                return all.stream().filter(u -> u.username().equals(username)).findFirst();
            }
        };
    }

    @AfterAll
    static void stop() {
        publicPages.stop();
        loginRequired.stop();
        admin.close();
        directory.close();
        stores.close();
    }

    @Test
    void theStoredPictureIsServedWithItsType() throws Exception {
        HttpResponse<byte[]> response = get(publicPages, "/people/ann/picture");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.body()).isEqualTo(annPicture.bytes());
    }

    @Test
    void aPersonWithoutAPictureOrNotListedHasNone() throws Exception {
        assertThat(get(publicPages, "/people/bob/picture").statusCode()).isEqualTo(404);
        assertThat(get(publicPages, "/people/nobody/picture").statusCode()).isEqualTo(404);
    }

    @Test
    void thePictureNeedsTheSameLoginAsTheCards() throws Exception {
        HttpResponse<byte[]> response = get(loginRequired, "/people/ann/picture");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/login");
    }

    @Test
    void theCardLinksThePictureAndKeepsInitialsForOthers() throws Exception {
        String ann = new String(get(publicPages, "/people/ann").body(), java.nio.charset.StandardCharsets.UTF_8);
        String bob = new String(get(publicPages, "/people/bob").body(), java.nio.charset.StandardCharsets.UTF_8);

        // Mustache escapes the = of the query, which the browser reads back as =.
        assertThat(ann).contains("<img class=\"ps-avatar\" src=\"/people/ann/picture?v&#x3D;a1a1a1a1a1a1a1a1\"");
        assertThat(ann).doesNotContain("sha256");
        assertThat(bob).doesNotContain("<img").contains("ps-avatar-");
    }

    @Test
    void aBrowserShowsThePictureOnTheCard() {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed: browser test skipped");
        ChromeDriver browser = Browser.start(temp.resolve("chromium-profile"));
        try {
            browser.get(publicPages.url().resolve("/people/ann").toString());
            WebElement avatar = browser.findElement(By.cssSelector(".ps-card img.ps-avatar"));
            Object width = browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1",
                    avatar);
            assertThat(((Number) width).intValue()).isEqualTo(256);
            Browser.screenshot(browser, "people-picture");
        } finally {
            browser.quit();
        }
    }

    private HttpResponse<byte[]> get(StandaloneAdminServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
