package dev.profilesync.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The Users panel's API on the real store, engine and LDAP server: suggestions, one profile, its picture, sync now. */
class UsersApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN = Caller.admin("admin", "token-1");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
    private static final Picture PICTURE = new Picture("sha256:" + "c0ffee".repeat(10) + "abcd", "image/png", PNG);
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start();
    private AdminFixture fixture;

    @BeforeEach
    void seed() throws Exception {
        directory.seedOrganisation(30);
        fixture = new AdminFixture(directory);
        fixture.settings.saveFields(List.of(
                FieldDefinition.text("department", "Department", "departmentNumber"),
                FieldDefinition.text("title", "Job title", "title"),
                FieldDefinition.text("email", "Email", "mail").withDisplay(new FieldDisplay(false, false,
                        ValueFormat.AUTO)),
                new FieldDefinition("photo", "Photo", FieldType.PICTURE, List.of(), "jpegPhoto", true,
                        WhenMissing.CLEAR, MultiValue.FIRST, "", false)));
    }

    @AfterEach
    void closeFixture() {
        directory.open();
        fixture.close();
    }

    @Test
    void suggestionsAreStoredUsernamesStartingWithThePrefixAtMostTen() throws Exception {
        store("ann.lee", Map.of("title", "Engineer"));
        store("Annika", Map.of("title", "Tester"));
        store("bob", Map.of("title", "Manager"));
        for (int i = 0; i < 12; i++) {
            store(String.format("user%02d", i), Map.of("title", "t"));
        }

        assertThat(names(ok(get("users", Map.of("prefix", "ann"))))).containsExactly("ann.lee", "Annika");
        assertThat(names(ok(get("users", Map.of("prefix", "user"))))).hasSize(UsersController.SUGGESTIONS);
        assertThat(names(ok(get("users", Map.of())))).isEmpty();
        assertThat(get("users", Map.of("prefix", "x".repeat(256))).status()).isEqualTo(400);
    }

    @Test
    void aProfileShowsEveryMappedFieldInOrderHiddenOnesMarkedAndValuesNoLongerMapped() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        fixture.profiles.write(List.of(new ProfileUpdate("ann", "ann", "uuid-ann",
                Map.of("department", "Sales", "email", "ann@example.com", "photo", PICTURE.digest(), "old", "kept"),
                Set.of(), new PictureChanges(Map.of("photo", PICTURE), Set.of()))));

        JsonNode profile = ok(get("users/profile", Map.of("username", "ann")));

        assertThat(profile.get("username").asText()).isEqualTo("ann");
        assertThat(profile.get("entryUuid").asText()).isEqualTo("uuid-ann");
        assertThat(Instant.parse(profile.get("lastWritten").asText())).isBetween(before, Instant.now());
        JsonNode fields = profile.get("fields");
        assertThat(fields).extracting(f -> f.get("label").asText())
                .containsExactly("Department", "Job title", "Email", "Photo");
        assertThat(fields.get(0).get("value").asText()).isEqualTo("Sales");
        assertThat(fields.get(1).get("value").isNull()).isTrue();
        assertThat(fields.get(2).get("hidden").asBoolean()).isTrue();
        assertThat(fields.get(0).get("hidden").asBoolean()).isFalse();
        JsonNode picture = fields.get(3).get("picture");
        assertThat(picture.get("url").asText()).isEqualTo("users/picture?username=ann&field=photo&v=c0ffeec0ffeec0ff");
        assertThat(picture.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(profile.get("unmapped")).extracting(u -> u.get("key").asText() + "=" + u.get("value").asText())
                .containsExactly("old=kept");
    }

    @Test
    void thePictureIsServedWithItsOwnTypeAndBytes() {
        fixture.profiles.write(List.of(new ProfileUpdate("ann", "ann", "", Map.of("photo", PICTURE.digest()),
                Set.of(), new PictureChanges(Map.of("photo", PICTURE), Set.of()))));

        ApiResponse image = get("users/picture", Map.of("username", "ann", "field", "photo"));

        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(get("users/picture", Map.of("username", "ann")).body()).isEqualTo(PNG);
    }

    @Test
    void aUserWithoutAPictureOrWithoutAProfileIsNotFoundWithAClearMessage() throws Exception {
        store("bob", Map.of("title", "Manager"));

        ApiResponse noPicture = get("users/picture", Map.of("username", "bob"));
        ApiResponse nobody = get("users/profile", Map.of("username", "nobody"));

        assertThat(noPicture.status()).isEqualTo(404);
        assertThat(message(noPicture)).isEqualTo("No picture is stored for 'bob'.");
        assertThat(noPicture.contentType()).isEqualTo(ApiResponse.CONTENT_TYPE);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(message(nobody)).startsWith("Nothing is stored for 'nobody': check the spelling");
        assertThat(get("users/profile", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void hostileUsernamesComeBackEscapedInTheJsonAndEncodedInThePictureUrl() throws Exception {
        for (HostileValues.Value hostile : HostileValues.all()) {
            if (hostile.text().length() > UsersController.MAX_USERNAME) {
                continue;
            }
            fixture.profiles.write(List.of(new ProfileUpdate(hostile.name(), hostile.text(), "",
                    Map.of("title", hostile.text(), "photo", PICTURE.digest()), Set.of(),
                    new PictureChanges(Map.of("photo", PICTURE), Set.of()))));
            ApiResponse response = get("users/profile", Map.of("username", hostile.text()));
            // The fixture's host keys users by their name, so the name finds the profile stored under it.
            assertThat(response.status()).as(hostile.name()).isEqualTo(404);
            fixture.profiles.write(List.of(new ProfileUpdate(hostile.text(), hostile.text(), "",
                    Map.of("title", hostile.text(), "photo", PICTURE.digest()), Set.of(),
                    new PictureChanges(Map.of("photo", PICTURE), Set.of()))));

            response = get("users/profile", Map.of("username", hostile.text()));

            assertThat(response.json()).as(hostile.name()).doesNotContain("<", ">", "'");
            JsonNode profile = ok(response);
            assertThat(profile.get("username").asText()).isEqualTo(hostile.text());
            String url = profile.get("fields").get(3).get("picture").get("url").asText();
            assertThat(url).as(hostile.name()).matches("users/picture\\?username=[A-Za-z0-9%+._*-]*&field=photo&v=.*");
            assertThat(java.net.URLDecoder.decode(url.substring(url.indexOf('=') + 1, url.indexOf("&field")),
                    java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(hostile.text());
        }
    }

    @Test
    void syncThisUserNowReadsTheDirectoryAndAnswersWithTheReportAndTheNewProfile() throws Exception {
        JsonNode answer = ok(post("users/sync", "{\"username\":\"user0003\"}", true));

        assertThat(answer.get("report").get("requestedMode").asText()).isEqualTo("SINGLE_USER");
        assertThat(answer.get("report").get("trigger").asText()).isEqualTo("MANUAL");
        assertThat(answer.get("report").get("updated").asInt()).isEqualTo(1);
        JsonNode fields = answer.get("profile").get("fields");
        assertThat(fields.get(1).get("value").asText()).isNotBlank();
        assertThat(ok(get("users/profile", Map.of("username", "user0003"))).get("fields"))
                .isEqualTo(fields);
    }

    @Test
    void syncThisUserNowIsAPostWithTheTokenAndRefusedInReadOnlyMode() {
        assertThat(post("users/sync", "{\"username\":\"user0003\"}", false).status()).isEqualTo(403);
        assertThat(get("users/sync", Map.of("username", "user0003")).status()).isEqualTo(405);
        fixture.readOnly.set(true);
        assertThat(post("users/sync", "{\"username\":\"user0003\"}", true).status()).isEqualTo(423);
        assertThat(fixture.profiles.load(List.of("user0003"))).isEmpty();
        assertThat(post("users/sync", "{}", true).status()).isEqualTo(423);
        fixture.readOnly.set(false);
        assertThat(post("users/sync", "{}", true).status()).isEqualTo(400);
    }

    @Test
    void syncThisUserNowWaitsForTheRunningFullSync() throws Exception {
        directory.slowDown(40);
        assertThat(post("sync/start", "{}", true).status()).isEqualTo(202);

        ApiResponse refused = post("users/sync", "{\"username\":\"user0003\"}", true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(message(refused)).contains("will sync this user too");
        directory.slowDown(0);
        awaitIdle();
    }

    @Test
    void everyUsersActionIsForAdministratorsOnly() {
        Caller user = new Caller("someone", false, "t");
        for (String action : List.of("users", "users/profile", "users/picture")) {
            assertThat(fixture.api.handle(ApiRequest.get(action, Map.of("username", "ann"), user)).status())
                    .isEqualTo(403);
            assertThat(fixture.api.handle(ApiRequest.get(action, Map.of(), Caller.ANONYMOUS)).status())
                    .isEqualTo(401);
        }
        assertThat(fixture.api.handle(ApiRequest.post("users/sync", "{\"username\":\"a\"}", user, true)).status())
                .isEqualTo(403);
    }

    private void store(String username, Map<String, String> values) {
        fixture.profiles.write(List.of(new ProfileUpdate(username, username, "", values, Set.of())));
    }

    private ApiResponse get(String action, Map<String, String> query) {
        return fixture.api.handle(ApiRequest.get(action, query, ADMIN));
    }

    private ApiResponse post(String action, String body, boolean token) {
        return fixture.api.handle(ApiRequest.post(action, body, ADMIN, token));
    }

    private static List<String> names(JsonNode suggestions) {
        return java.util.stream.StreamSupport.stream(suggestions.get("usernames").spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    private static JsonNode ok(ApiResponse response) throws Exception {
        assertThat(response.status()).as(response.json()).isEqualTo(200);
        return JSON.readTree(response.json());
    }

    private static String message(ApiResponse response) throws Exception {
        return JSON.readTree(response.json()).get("message").asText();
    }

    private void awaitIdle() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (JSON.readTree(get("status", Map.of()).json()).get("running").asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the sync did not end");
            }
            Thread.sleep(20);
        }
    }
}
