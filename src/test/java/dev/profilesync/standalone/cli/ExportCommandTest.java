package dev.profilesync.standalone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest extends RunnerFixture {

    @Test
    void jsonIsAnArrayOfActiveUsersSortedByUsernameWithFieldsInDefinitionOrder() throws IOException {
        fullSync();

        JsonNode profiles = exported();

        assertThat(profiles.findValuesAsText("username")).containsExactly("alice", "bob", "carol", "dave");
        assertThat(profiles.get(2).get("fields").fieldNames()).toIterable()
                .containsExactly("title", "full-name", "manager");
        assertThat(profiles.get(0).get("fields").get("title").asText()).isEqualTo(HYPERLINK);
    }

    @Test
    void csvStartsFormulaLookingCellsWithAQuote() throws IOException {
        fullSync();

        CliRun.Result result = cli("export", "--config", "config.json", "--format", "csv", "--output", "out.csv");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String csv = Files.readString(work.resolve("out.csv"), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "username,title,full-name,manager,about",
                "alice,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",Given Alice,,",
                "bob,'+1,Given Bob,,",
                "carol,'-2,Given Carol,alice,",
                "dave,'@SUM(A1),Given Dave,,\"First line\nSecond line\"");
    }

    @Test
    void allUsersPolicyExportsDeactivatedUsersToo() throws IOException {
        writeConfig("all.json", directory(""), "");
        Files.writeString(work.resolve("all.json"), Files.readString(work.resolve("all.json"))
                .replace("\"VISIBLE\"", "\"ALL\""));
        assertThat(cli("sync", "--config", "all.json", "--mode", "full").exitCode()).isZero();

        CliRun.Result result = cli("export", "--config", "all.json", "--format", "json");

        assertThat(result.out()).contains("\"erin\"");
    }

    @Test
    void emptyStoreExportsAnEmptyArray() throws IOException {
        assertThat(exported()).isEmpty();
    }
}
