package dev.profilesync.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.testing.Organisation;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class AdminApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN = Caller.admin("admin", "token-1");
    private static final List<String> POST_ACTIONS = List.of("sync/start", "sync/dry-run", "settings/policies",
            "settings/login-sync", "settings/incremental", "settings/pictures", "fields/save", "fields/delete", "schedule",
            "directories/test");
    private static final List<String> GET_ACTIONS = List.of("context", "messages", "status", "history", "settings",
            "schedule", "fields", "directories", "changes");
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start();
    private AdminFixture fixture;

    @BeforeEach
    void seed() throws Exception {
        directory.seedOrganisation(40);
        fixture = new AdminFixture(directory);
    }

    @AfterEach
    void closeFixture() {
        directory.open();
        fixture.close();
    }

    @Test
    void contextHandsThePageItsTokenAndTheReadOnlyState() throws Exception {
        JsonNode context = ok(get("context"));
        assertThat(context.get("xsrfToken").asText()).isEqualTo("token-1");
        assertThat(context.get("readOnly").asBoolean()).isFalse();
        fixture.readOnly.set(true);
        assertThat(ok(get("context")).get("readOnly").asBoolean()).isTrue();
    }

    @Test
    void startRunsAFullSyncInTheBackgroundAndTheStatusEndsWithItsSummary() throws Exception {
        ApiResponse started = post("sync/start", "{}");
        assertThat(started.status()).isEqualTo(202);
        JsonNode status = awaitStatus(s -> !s.get("running").asBoolean());
        JsonNode lastRun = status.get("lastRun");
        assertThat(lastRun.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(lastRun.get("trigger").asText()).isEqualTo("MANUAL");
        assertThat(lastRun.get("mode").asText()).isEqualTo("FULL");
        assertThat(lastRun.get("updated").asLong()).isEqualTo(40);
        assertThat(lastRun.get("valuesChanged").asLong()).isEqualTo(120);
        assertThat(lastRun.get("durationMillis").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(fixture.history.recent(5)).hasSize(1);
    }

    @Test
    void theSummaryNamesTheUsersWhoseValuesCouldNotBeSynced() throws Exception {
        directory.replace("user0003", "title", "x".repeat(300));
        post("sync/start", "{}");
        JsonNode lastRun = awaitStatus(s -> !s.get("running").asBoolean()).get("lastRun");
        JsonNode problem = lastRun.get("problems").get(0);
        assertThat(problem.get("username").asText()).isEqualTo("user0003");
        assertThat(problem.get("message").asText()).contains("300 characters");
        assertThat(lastRun.get("errorCount").asInt()).isEqualTo(1);
    }

    @Test
    void statusSaysHowManyLoginSyncsWereDropped() throws Exception {
        fixture.loginQueued.set(1_000);
        fixture.loginDropped.set(37);
        JsonNode loginSync = ok(get("status")).get("loginSync");
        assertThat(loginSync.get("queued").asLong()).isEqualTo(1_000);
        assertThat(loginSync.get("dropped").asLong()).isEqualTo(37);
    }

    @Test
    void statusShowsProgressWhileARunIsGoing() throws Exception {
        directory.slowDown(40);
        post("sync/start", "{}");
        JsonNode running = awaitStatus(s -> !s.get("running").asBoolean()
                || !s.get("currentDirectory").asText().isEmpty());
        assertThat(running.get("running").asBoolean()).isTrue();
        assertThat(running.get("mode").asText()).isEqualTo("FULL");
        assertThat(running.get("kind").asText()).isEqualTo("SYNC");
        assertThat(running.get("currentDirectory").asText()).isEqualTo("Test directory");
        assertThat(running.get("elapsedMillis").asLong()).isGreaterThanOrEqualTo(0);
        directory.slowDown(0);
        awaitStatus(s -> !s.get("running").asBoolean());
    }

    @Test
    void aSecondStartWhileOneRunsIsRefusedWith409() throws Exception {
        directory.closeGate();
        assertThat(post("sync/start", "{}").status()).isEqualTo(202);
        awaitStatus(s -> s.get("running").asBoolean());
        ApiResponse second = post("sync/start", "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(message(second)).contains("already running");
        assertThat(post("sync/dry-run", "{}").status()).isEqualTo(409);
        directory.open();
        awaitStatus(s -> !s.get("running").asBoolean());
        assertThat(fixture.history.recent(5)).hasSize(1);
    }

    @Test
    void dryRunListsEveryChangePagedAndWritesNothing() throws Exception {
        assertThat(post("sync/dry-run", "{}").status()).isEqualTo(202);
        JsonNode status = awaitStatus(s -> !s.get("running").asBoolean());
        assertThat(status.get("lastDryRun").get("dryRun").asBoolean()).isTrue();
        JsonNode first = ok(get("changes", Map.of("page", "1", "size", "50")));
        assertThat(first.get("total").asInt()).isEqualTo(120);
        assertThat(first.get("pages").asInt()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(50);
        JsonNode last = ok(get("changes", Map.of("page", "3", "size", "50")));
        assertThat(last.get("items")).hasSize(20);
        JsonNode change = first.get("items").get(0);
        assertThat(change.get("user").asText()).startsWith("user");
        assertThat(change.get("oldValue").asText()).isEmpty();
        assertThat(change.get("newValue").asText()).isNotEmpty();
        fixture.profiles.forEach(profile -> {
            throw new AssertionError("a dry run wrote " + profile);
        });
    }

    @Test
    void changesBeforeAnyDryRunSayThereIsNone() {
        ApiResponse response = get("changes");
        assertThat(response.status()).isEqualTo(404);
        assertThat(message(response)).contains("No dry run yet");
    }

    @Test
    void changesRefuseAPageSizeOutOfRange() {
        assertThat(get("changes", Map.of("size", "100000")).status()).isEqualTo(400);
        assertThat(get("changes", Map.of("page", "x")).status()).isEqualTo(400);
    }

    @Test
    void historyListsRunsNewestFirstAndTheChartOldestFirst() throws Exception {
        post("sync/start", "{}");
        awaitStatus(s -> !s.get("running").asBoolean());
        directory.replace("user0001", "title", "Boss");
        post("sync/start", "{}");
        awaitStatus(s -> !s.get("running").asBoolean());
        JsonNode history = ok(get("history"));
        assertThat(history.get("runs")).hasSize(2);
        assertThat(history.get("runs").get(0).get("valuesChanged").asLong()).isEqualTo(1);
        assertThat(history.get("runs").get(0).get("trigger").asText()).isEqualTo("MANUAL");
        assertThat(history.get("chart").get(0).get("valuesChanged").asLong()).isEqualTo(120);
        assertThat(history.get("chart").get(1).get("valuesChanged").asLong()).isEqualTo(1);
    }

    @Test
    void aRunWhoseProcessDiedShowsAsInterruptedAndNotAsTheLastRun() throws Exception {
        fixture.history.record(new SyncReport("dead-run", SyncMode.FULL, SyncMode.FULL, SyncTrigger.SCHEDULED, false,
                Instant.parse("2030-01-01T00:00:00Z"), Duration.ZERO, SyncOutcome.RUNNING, 0, 0, 0, 0, 0, Map.of(),
                Map.of(), List.of(), List.of(), List.of(), List.of(), false));
        assertThat(ok(get("status")).path("lastRun").path("outcome").asText()).isNotEqualTo("RUNNING");

        fixture.engine.closeInterruptedRuns();

        JsonNode run = ok(get("history")).get("runs").get(0);
        assertThat(run.get("outcome").asText()).isEqualTo("INTERRUPTED");
        assertThat(ok(get("status")).path("lastRun").path("outcome").asText()).isEqualTo("INTERRUPTED");
    }

    @Test
    void policiesAreSaved() throws Exception {
        JsonNode saved = ok(post("settings/policies", "{\"activeUserPolicy\":\"ALL\",\"unlicensedPolicy\":\"HIDE\"}"));
        assertThat(saved.get("activeUserPolicy").asText()).isEqualTo("ALL");
        assertThat(fixture.settings.settings().activeUserPolicy()).isEqualTo(ActiveUserPolicy.ALL);
        assertThat(fixture.settings.settings().unlicensedPolicy().name()).isEqualTo("HIDE");
    }

    @Test
    void anUnknownPolicyIsA400NamingTheFieldAndNothingIsSaved() throws Exception {
        SyncSettings before = fixture.settings.settings();
        ApiResponse response = post("settings/policies",
                "{\"activeUserPolicy\":\"SOME\",\"unlicensedPolicy\":\"HIDE\"}");
        assertThat(fieldErrors(response))
                .containsEntry("activeUserPolicy", "'SOME' is not one of: All Users or Visible Users");
        assertThat(fixture.settings.settings()).isEqualTo(before);
    }

    @Test
    void loginSyncIsOffByDefaultAndCanBeTurnedOn() throws Exception {
        assertThat(ok(get("settings")).get("loginSyncEnabled").asBoolean()).isFalse();
        ok(post("settings/login-sync", "{\"enabled\":true}"));
        assertThat(fixture.settings.settings().loginSyncEnabled()).isTrue();
    }

    @Test
    void uploadedPicturesAreKeptByDefaultAndTheAdminMayLetDirectoryPicturesReplaceThem() throws Exception {
        assertThat(ok(get("settings")).get("pictureReplacesUploaded").asBoolean()).isFalse();
        ok(post("settings/pictures", "{\"pictureReplacesUploaded\":true}"));
        assertThat(fixture.settings.settings().pictureReplacesUploaded()).isTrue();
        assertThat(post("settings/pictures", "{\"pictureReplacesUploaded\":\"yes\"}").status()).isEqualTo(400);
    }

    @Test
    void incrementalSettingsSaveThePatternAndTheLastSyncDate() throws Exception {
        JsonNode saved = ok(post("settings/incremental",
                incremental("yyyyMMddHHmmss.Z", "21-11-2025 01:11:00")));
        assertThat(saved.get("lastSyncDate").asText()).isEqualTo("21-11-2025 01:11:00");
        assertThat(fixture.settings.settings().incrementalEnabled()).isTrue();
        assertThat(fixture.settings.settings().timestampPattern().pattern()).isEqualTo("yyyyMMddHHmmss.Z");
        assertThat(fixture.settings.state().lastSyncTime()).contains(Instant.parse("2025-11-21T01:11:00Z"));
    }

    @Test
    void anEmptyLastSyncDateForcesTheNextSyncToRunFull() throws Exception {
        fixture.settings.saveState(new SyncState(Optional.of(Instant.parse("2025-01-01T00:00:00Z")), "x", 10));
        ok(post("settings/incremental", incremental("yyyyMMddHHmmssZ", "")));
        assertThat(fixture.settings.state().lastSyncTime()).isEmpty();
    }

    @Test
    void aBadTimestampPatternOrDateIsA400NextToTheFieldAndNothingIsSaved() throws Exception {
        SyncSettings before = fixture.settings.settings();
        SyncState stateBefore = fixture.settings.state();
        assertThat(fieldErrors(post("settings/incremental",
                incremental("yyyyMMdd", ""))))
                .containsKey("timestampPattern");
        assertThat(fieldErrors(post("settings/incremental",
                incremental("yyyyMMddHHmmssZ", "2025-11-21 01:11"))))
                .hasEntrySatisfying("lastSyncDate", m -> assertThat(m).contains("dd-MM-yyyy HH:mm:ss"));
        assertThat(fieldErrors(post("settings/incremental",
                incremental("yyyyMMddHHmmssZ", "31-02-2025 01:11:00"))))
                .containsKey("lastSyncDate");
        assertThat(fieldErrors(post("settings/incremental",
                incremental("yyyyMMddHHmmssZ", "01-01-2999 00:00:00"))))
                .hasEntrySatisfying("lastSyncDate", m -> assertThat(m).contains("future"));
        assertThat(fixture.settings.settings()).isEqualTo(before);
        assertThat(fixture.settings.state()).isEqualTo(stateBefore);
    }

    @Test
    void fieldsCanBeAddedEditedAndRemoved() throws Exception {
        ok(post("fields/save", "{\"field\":{\"key\":\"phone\",\"label\":\"Phone\",\"type\":\"TEXT\","
                + "\"ldapAttribute\":\"telephoneNumber\",\"syncEnabled\":true}}"));
        assertThat(keys()).containsExactly("department", "title", "email", "phone");
        ok(post("fields/save", "{\"originalKey\":\"title\",\"field\":{\"key\":\"position\",\"label\":\"Position\","
                + "\"type\":\"SELECT\",\"options\":[\"A\",\"B\"],\"ldapAttribute\":\"title\",\"whenMissing\":\"KEEP\","
                + "\"multiValue\":\"JOINED\"}}"));
        FieldDefinition position = fixture.settings.fields().get(1);
        assertThat(position.key()).isEqualTo("position");
        assertThat(position.display()).isEqualTo(dev.profilesync.core.FieldDisplay.DEFAULT);
        ok(post("fields/save", "{\"originalKey\":\"phone\",\"field\":{\"key\":\"phone\",\"label\":\"Phone\","
                + "\"type\":\"TEXT\",\"ldapAttribute\":\"telephoneNumber\",\"shownOnCards\":false,"
                + "\"searchable\":false,\"format\":\"PHONE\"}}"));
        assertThat(fixture.settings.fields().get(3).display()).isEqualTo(new dev.profilesync.core.FieldDisplay(
                false, false, dev.profilesync.core.ValueFormat.PHONE));
        assertThat(ok(get("fields")).get("fields").get(3).get("format").asText()).isEqualTo("PHONE");
        assertThat(position.options()).containsExactly("A", "B");
        assertThat(position.whenMissing().name()).isEqualTo("KEEP");
        JsonNode afterDelete = ok(post("fields/delete", "{\"key\":\"email\"}"));
        assertThat(afterDelete.get("fields")).hasSize(3);
        assertThat(keys()).containsExactly("department", "position", "phone");
    }

    @Test
    void anInvalidFieldIsA400NamingTheFormFieldAndNothingIsSaved() throws Exception {
        List<FieldDefinition> before = fixture.settings.fields();
        assertThat(fieldErrors(post("fields/save", "{\"field\":{\"key\":\"phone\",\"label\":\"Phone\","
                + "\"type\":\"TEXT\",\"ldapAttribute\":\"tele phone\"}}"))).containsKey("ldapAttribute");
        assertThat(fieldErrors(post("fields/save", "{\"field\":{\"key\":\"Bad Key\",\"label\":\"x\","
                + "\"type\":\"TEXT\",\"ldapAttribute\":\"cn\"}}"))).containsKey("key");
        assertThat(fieldErrors(post("fields/save", "{\"field\":{\"key\":\"kind\",\"label\":\"Kind\","
                + "\"type\":\"SELECT\",\"ldapAttribute\":\"cn\"}}"))).containsKey("options");
        assertThat(fieldErrors(post("fields/save", "{\"field\":{\"key\":\"kind\",\"label\":\"Kind\","
                + "\"type\":\"COLOUR\",\"ldapAttribute\":\"cn\"}}"))).containsKey("type");
        assertThat(fieldErrors(post("fields/save", "{\"field\":{\"key\":\"title\",\"label\":\"Again\","
                + "\"type\":\"TEXT\",\"ldapAttribute\":\"cn\"}}")))
                .hasEntrySatisfying("key", m -> assertThat(m).contains("already"));
        assertThat(fieldErrors(post("fields/save", "{\"field\":{\"key\":\"name\",\"label\":\"Name\","
                + "\"type\":\"TEXT\",\"template\":\"{givenName} {sn\"}}"))).containsKey("template");
        assertThat(fixture.settings.fields()).isEqualTo(before);
    }

    @Test
    void directoriesAreListedWithoutAnyPassword() throws Exception {
        ApiResponse response = get("directories");
        JsonNode directories = ok(response).get("directories");
        assertThat(directories).hasSize(1);
        assertThat(directories.get(0).get("settings").has("bindDn")).isTrue();
        assertThat(response.json()).doesNotContainIgnoringCase("password").doesNotContain("SHOULD-NEVER-SHOW")
                .doesNotContain(TestDirectory.READER_PASSWORD);
    }

    @Test
    void testConnectionReturnsFiveUsersWithTheMappedAttributesEscaped() throws Exception {
        ApiResponse response = post("directories/test", "{\"id\":\"test\"}");
        JsonNode result = ok(response);
        assertThat(result.get("ok").asBoolean()).isTrue();
        assertThat(result.get("sample")).hasSize(5);
        assertThat(result.get("attributes").toString()).contains("departmentNumber", "title", "mail");
        JsonNode hostile = result.get("sample").get(1);
        assertThat(hostile.get("username").asText()).isEqualTo(Organisation.HOSTILE_USER);
        assertThat(hostile.get("values").get("departmentNumber").asText()).isEqualTo(Organisation.SCRIPT_VALUE);
        assertThat(response.json()).doesNotContain("<script").doesNotContain("<img").contains("\\u003Cscript");
    }

    @Test
    void testConnectionOfAnUnknownDirectoryIs404() {
        assertThat(post("directories/test", "{\"id\":\"nope\"}").status()).isEqualTo(404);
    }

    @Test
    void theScheduleIsShownAndEditedWithValidation() throws Exception {
        JsonNode schedule = ok(get("schedule"));
        assertThat(schedule.get("jobName").asText()).isEqualTo("External User Directory Sync Job");
        assertThat(schedule.get("cron").asText()).isEqualTo("0 11 1 * * ?");
        assertThat(fieldErrors(post("schedule", "{\"cron\":\"every night\"}"))).containsKey("cron");
        assertThat(fixture.settings.settings().schedule()).isEqualTo("0 11 1 * * ?");
        assertThat(ok(post("schedule", "{\"cron\":\"0 30 2 * * ?\"}")).get("cron").asText()).isEqualTo("0 30 2 * * ?");
    }

    @Test
    void aScheduleTheHostKeepsIsNotEditedHere() throws Exception {
        fixture.schedule.editable = false;
        assertThat(ok(get("schedule")).get("adminLink").asText()).contains("scheduledjobs");
        assertThat(post("schedule", "{\"cron\":\"0 30 2 * * ?\"}").status()).isEqualTo(409);
    }

    @Test
    void readOnlyModeRefusesEveryWriteWith423AndStartsNothing() throws Exception {
        fixture.readOnly.set(true);
        SyncSettings before = fixture.settings.settings();
        for (String action : POST_ACTIONS) {
            if (!action.equals("directories/test")) {
                ApiResponse response = post(action, "{}");
                assertThat(response.status()).as(action).isEqualTo(423);
                assertThat(message(response)).contains("read-only");
            }
        }
        assertThat(post("directories/test", "{\"id\":\"test\"}").status()).isEqualTo(200);
        assertThat(ok(get("status")).get("running").asBoolean()).isFalse();
        assertThat(fixture.history.recent(5)).isEmpty();
        assertThat(fixture.settings.settings()).isEqualTo(before);
    }

    @Test
    void everyPostWithoutAValidXsrfTokenIsRefusedWith403() throws Exception {
        SyncSettings before = fixture.settings.settings();
        for (String action : POST_ACTIONS) {
            ApiResponse response = fixture.api.handle(ApiRequest.post(action,
                    "{\"activeUserPolicy\":\"ALL\",\"enabled\":true,\"id\":\"test\"}", ADMIN, false));
            assertThat(response.status()).as(action).isEqualTo(403);
            assertThat(message(response)).contains("XSRF");
        }
        assertThat(fixture.settings.settings()).isEqualTo(before);
        assertThat(ok(get("status")).get("running").asBoolean()).isFalse();
    }

    @Test
    void nobodyButAnAdministratorGetsAnything() {
        Caller user = new Caller("alice", false, "t");
        for (String action : GET_ACTIONS) {
            assertThat(fixture.api.handle(ApiRequest.get(action, Map.of(), Caller.ANONYMOUS)).status())
                    .as(action).isEqualTo(401);
            assertThat(fixture.api.handle(ApiRequest.get(action, Map.of(), user)).status())
                    .as(action).isEqualTo(403);
        }
        for (String action : POST_ACTIONS) {
            assertThat(fixture.api.handle(ApiRequest.post(action, "{}", Caller.ANONYMOUS, true)).status())
                    .isEqualTo(401);
            assertThat(fixture.api.handle(ApiRequest.post(action, "{}", user, true)).status()).isEqualTo(403);
        }
        assertThat(fixture.history.recent(5)).isEmpty();
    }

    @Test
    void getNeverChangesStateAndCannotReachAnAction() throws Exception {
        SyncSettings settings = fixture.settings.settings();
        List<FieldDefinition> fields = fixture.settings.fields();
        for (String action : GET_ACTIONS) {
            fixture.api.handle(ApiRequest.get(action, Map.of("activeUserPolicy", "ALL", "enabled", "true"), ADMIN));
        }
        for (String action : POST_ACTIONS) {
            if (!action.equals("schedule")) {
                assertThat(get(action).status()).as(action).isEqualTo(405);
            }
        }
        assertThat(fixture.settings.settings()).isEqualTo(settings);
        assertThat(fixture.settings.fields()).isEqualTo(fields);
        assertThat(fixture.history.recent(5)).isEmpty();
        assertThat(ok(get("status")).get("running").asBoolean()).isFalse();
    }

    @Test
    void unknownActionsAndBadBodiesAreRefusedPlainly() {
        assertThat(get("nothing-here").status()).isEqualTo(404);
        assertThat(post("settings/policies", "not json").status()).isEqualTo(400);
        assertThat(post("fields/save", "{\"field\":{\"unknown\":1}}").status()).isEqualTo(400);
        assertThat(post("settings/login-sync", "{\"enabled\":\"yes\"}").status()).isEqualTo(400);
    }

    @Test
    void badBodiesAreExplainedInThePagesTermsWithoutClassNames() throws Exception {
        assertPlainMessage(post("settings/policies", "not json"), "The request body is not valid JSON (line 1");
        assertPlainMessage(post("fields/save", "{\"field\":{\"unknown\":1}}"),
                "The request has a property 'unknown' that this action does not take");
        assertPlainMessage(post("fields/save", "{\"field\":{\"syncEnabled\":[1]}}"),
                "'field.syncEnabled' must be true or false.");
        assertPlainMessage(post("fields/save", "{\"field\":{\"options\":{\"a\":1}}}"),
                "'field.options' must be a list.");
        assertPlainMessage(post("fields/save", "[1, 2]"), "The request body must be a JSON object");
    }

    @Test
    void aServerFailureShowsNoExceptionText() throws Exception {
        fixture.stores.close();

        ApiResponse response = get("fields");

        assertThat(response.status()).isEqualTo(500);
        assertPlainMessage(response, "The action failed on the server.");
    }

    private static void assertPlainMessage(ApiResponse response, String start) throws Exception {
        String message = JSON.readTree(response.json()).get("message").asText();
        assertThat(message).as(response.json()).startsWith(start)
                .doesNotContain("Exception", "dev.profilesync", "com.fasterxml", "java.", "`", "token", "SQL",
                        "Source:", "class ");
    }

    @Test
    void aRunRefusedByTheEngineIsExplainedInTheStatus() throws Exception {
        // The scheduled job (another caller of the same engine) holds the run lock.
        directory.closeGate();
        Thread scheduled = new Thread(() -> fixture.engine.run(dev.profilesync.core.SyncRequest.full(
                dev.profilesync.core.SyncTrigger.SCHEDULED)));
        scheduled.start();
        awaitStatus(s -> s.get("running").asBoolean());
        JsonNode status = ok(get("status"));
        assertThat(status.get("kind").asText()).isEqualTo("OTHER");
        assertThat(post("sync/start", "{}").status()).isEqualTo(409);
        directory.open();
        scheduled.join(10_000);
        JsonNode done = awaitStatus(s -> !s.get("running").asBoolean());
        assertThat(done.get("lastRun").get("trigger").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void thePageGetsItsMessagesInTheCallersLanguage() throws Exception {
        JsonNode english = ok(get("messages"));
        assertThat(english.get("locale").asText()).isEqualTo("en");
        assertThat(english.get("messages").get("profilesync.admin.sync.start").asText()).isEqualTo("Start Synchronization");
        JsonNode german = ok(fixture.api.handle(ApiRequest.get("messages", Map.of(), ADMIN.in(java.util.Locale.GERMANY))));
        assertThat(german.get("locale").asText()).isEqualTo("de");
        assertThat(german.get("messages").get("profilesync.admin.sync.start").asText()).isEqualTo("Synchronisierung starten");
    }

    @Test
    void theApisOwnRefusalsAreInTheCallersLanguage() throws Exception {
        ApiResponse refused = fixture.api.handle(ApiRequest.get("nowhere", Map.of(), ADMIN.in(java.util.Locale.GERMAN)));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(JSON.readTree(refused.json()).get("message").asText()).isEqualTo("Es gibt keine API-Aktion 'nowhere'.");
        assertThat(JSON.readTree(get("nowhere").json()).get("message").asText()).isEqualTo("There is no API action 'nowhere'.");
        ApiResponse unknownUser = fixture.api.handle(ApiRequest.get("users/profile", Map.of("username", "nobody"),
                ADMIN.in(java.util.Locale.GERMAN)));
        assertThat(JSON.readTree(unknownUser.json()).get("message").asText()).startsWith("F\u00fcr 'nobody' ist nichts gespeichert");
    }

    // --- helpers ---

    private ApiResponse get(String action) {
        return get(action, Map.of());
    }

    private ApiResponse get(String action, Map<String, String> query) {
        return fixture.api.handle(ApiRequest.get(action, query, ADMIN));
    }

    private ApiResponse post(String action, String body) {
        return fixture.api.handle(ApiRequest.post(action, body, ADMIN, true));
    }

    private static JsonNode ok(ApiResponse response) throws Exception {
        assertThat(response.status()).as(response.json()).isEqualTo(200);
        return JSON.readTree(response.json());
    }

    private static String message(ApiResponse response) {
        try {
            return JSON.readTree(response.json()).get("message").asText();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.json(), e);
        }
    }

    private static Map<String, String> fieldErrors(ApiResponse response) throws Exception {
        assertThat(response.status()).as(response.json()).isEqualTo(400);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        JSON.readTree(response.json()).get("errors")
                .forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        return errors;
    }

    private static String incremental(String pattern, String lastSyncDate) {
        return "{\"enabled\":true,\"timestampPattern\":\"" + pattern + "\",\"lastSyncDate\":\"" + lastSyncDate + "\"}";
    }

    private List<String> keys() {
        return fixture.settings.fields().stream().map(FieldDefinition::key).toList();
    }

    private JsonNode awaitStatus(Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode status = ok(get("status"));
            if (condition.test(status)) {
                return status;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("status never reached the expected state: " + status);
            }
            Thread.sleep(20);
        }
    }
}
