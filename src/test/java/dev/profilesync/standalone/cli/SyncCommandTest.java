package dev.profilesync.standalone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.standalone.host.DataFolderLock;
import dev.profilesync.standalone.host.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class SyncCommandTest extends RunnerFixture {

    @Test
    void fullSyncWritesEveryActiveUserAndExitsZero() throws IOException {
        CliRun.Result result = sync("--mode", "full");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Outcome", "SUCCESS", "Corporate", "inactive (Active User Policy)");
        JsonNode profiles = exported();
        assertThat(profiles.findValuesAsText("username")).containsExactly("alice", "bob", "carol", "dave");
        assertThat(profiles.get(2).get("fields").get("manager").asText()).isEqualTo("alice");
        assertThat(profiles.get(3).get("fields").get("about").asText()).isEqualTo("First line\nSecond line");
        assertThat(profiles.get(0).get("fields").get("full-name").asText()).isEqualTo("Given Alice");
    }

    @Test
    void dryRunListsEveryChangeAndWritesNothing() throws IOException, LDAPException {
        fullSync();
        directory.replace("bob", "title", "Boss");

        CliRun.Result result = sync("--mode", "full", "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("dry run: nothing was written", "Changes a real run would make: 1")
                .containsPattern("bob\\s+title\\s+\\+1\\s+\u2192\\s+Boss");
        assertThat(exported().get(1).get("fields").get("title").asText()).isEqualTo("+1");
    }

    @Test
    void dryRunOnAFreshDatabaseLeavesNoLastSyncDate() throws IOException {
        assertThat(sync("--mode", "full", "--dry-run").exitCode()).isZero();
        assertThat(exported()).isEmpty();

        CliRun.Result incremental = sync("--mode", "incremental");
        assertThat(incremental.out()).contains("FULL (asked for INCREMENTAL)", "no last sync date");
    }

    @Test
    void jsonReportParses() throws IOException {
        CliRun.Result result = sync("--mode", "full", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(report.get("mode").asText()).isEqualTo("FULL");
        assertThat(report.get("trigger").asText()).isEqualTo("COMMAND_LINE");
        assertThat(report.get("updated").asLong()).isEqualTo(4);
        assertThat(report.get("directories").get("Corporate").get("entriesRead").asLong()).isEqualTo(5);
        assertThat(report.get("duration").asText()).startsWith("PT");
    }

    @Test
    void incrementalSyncPicksUpAChangedEntry() throws IOException, LDAPException {
        fullSync();
        directory.replace("dave", "title", "Director");

        CliRun.Result result = sync("--mode", "incremental");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("INCREMENTAL");
        assertThat(exported().get(3).get("fields").get("title").asText()).isEqualTo("Director");
    }

    @Test
    void singleUserSyncWritesOnlyThatUser() throws IOException {
        CliRun.Result result = sync("--mode", "user", "--user", "carol");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(exported().findValuesAsText("username")).containsExactly("carol");
    }

    @Test
    void singleUserSyncOfAPaddedUpperCaseNameUpdatesTheSameProfile() throws IOException {
        sync("--mode", "user", "--user", "carol");

        CliRun.Result result = sync("--mode", "user", "--user", " CAROL ");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).doesNotContain("not found");
        assertThat(exported().findValuesAsText("username")).singleElement().asString().isEqualToIgnoringCase("carol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*)(uid=*", "*", "\\", "alice)(|(uid=*", "a\u0000b",
            "uid=alice,ou=people,dc=example,dc=com"})
    void hostileUsernamesMatchNobodyAndChangeNothing(String username) throws IOException {
        fullSync();
        JsonNode before = exported();

        CliRun.Result result = sync("--mode", "user", "--user", username);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("not found in any directory").doesNotContain("Exception");
        assertThat(exported()).isEqualTo(before);
    }

    @Test
    void readOnlyModeRefusesTheRun() {
        CliRun.Result result = sync("--mode", "full", "--read-only");

        assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(result.out()).contains("READ_ONLY", "read-only mode");
    }

    @Test
    void aSecondRunnerOnTheSameDataFolderIsTurnedAway() {
        try (DataFolderLock held = DataFolderLock.acquire(work.resolve("data"), "test")) {
            CliRun.Result result = sync("--mode", "full");

            assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
            assertThat(result.err().lines()).singleElement().asString()
                    .startsWith("error: database.embedded: another profile-sync runner is using the data folder");
        }
    }

    @Test
    void configFieldsReplaceTheStoredOnesExceptInADryRun() throws IOException {
        fullSync();
        writeConfig("no-fields.json", directory(""), "");
        String withoutFields = Files.readString(work.resolve("no-fields.json"))
                .replaceFirst("(?s)\"fields\": \\[.*?\\],", "");
        Files.writeString(work.resolve("no-fields.json"), withoutFields);
        Files.writeString(work.resolve("one-field.json"), withoutFields.replace("\"settings\"",
                "\"fields\": [{\"key\": \"title\", \"label\": \"Title\", \"ldapAttribute\": \"title\"}],"
                        + " \"settings\""));

        assertThat(cli("sync", "--config", "one-field.json", "--mode", "full", "--dry-run").exitCode()).isZero();
        assertThat(header("no-fields.json")).isEqualTo("username,title,full-name,manager,about");

        assertThat(cli("sync", "--config", "one-field.json", "--mode", "full").exitCode()).isZero();
        assertThat(header("no-fields.json")).isEqualTo("username,title");
    }

    private String header(String config) {
        CliRun.Result result = cli("export", "--config", config, "--format", "csv");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out().lines().findFirst().orElseThrow();
    }

    @Test
    void withoutModeTheSettingsDecide() throws IOException {
        writeConfig("config.json", directory(""), "");
        CliRun.Result result = sync();
        assertThat(result.out()).contains("Mode").contains("FULL");
    }
}
