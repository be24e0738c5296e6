package dev.profilesync.standalone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilesync.standalone.host.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @TempDir
    Path work;

    @Test
    void smallBenchmarkPrintsTheTableAndJsonAsTheLastLine() throws IOException {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--users", "300", "--single-user-runs", "20",
                "--single-user-warmup", "10", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("paged read (floor)", "first full sync", "first unchanged full sync (cold)",
                "unchanged full sync",
                "incremental after 1% changed", "single user p99", "single user p99, cold", "peak heap used");
        List<String> lines = result.out().lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.get("users").asInt()).isEqualTo(300);
        assertThat(json.get("fields").asInt()).isEqualTo(10);
        assertThat(json.get("phases")).hasSize(6);
        assertThat(json.get("phases").get(1).get("result").asText()).contains("SUCCESS", "300 updated");
        assertThat(json.get("phases").get(2).get("name").asText()).isEqualTo("first unchanged full sync (cold)");
        assertThat(json.get("phases").get(2).get("result").asText()).contains("0 updated", "300 unchanged");
        assertThat(json.get("phases").get(3).get("name").asText()).isEqualTo("unchanged full sync");
        assertThat(json.get("phases").get(3).get("result").asText()).contains("0 updated", "300 unchanged");
        assertThat(json.get("phases").get(4).get("name").asText()).isEqualTo("first incremental (cold), 1% changed");
        assertThat(json.get("phases").get(4).get("result").asText()).as("the warm-up's other 1%")
                .contains("INCREMENTAL SUCCESS", "3 scanned", "3 updated");
        assertThat(json.get("phases").get(5).get("result").asText()).as("the warm-up's changes are not read again")
                .contains("INCREMENTAL SUCCESS", "3 scanned", "3 updated");
        assertThat(json.get("singleUser").get("runs").asInt()).isEqualTo(20);
        assertThat(json.get("singleUser").get("warmupRuns").asInt()).isEqualTo(10);
        assertThat(json.get("singleUser").get("coldP99Millis").asDouble()).isPositive();
        assertThat(json.get("heap").get("peakUsedMiB").asLong()).isPositive();
        assertThat(json.get("heap").get("phases")).hasSize(7);
        assertThat(json.get("heap").get("phases").get(3).get("phase").asText()).isEqualTo("unchanged full sync");
        assertThat(json.get("loadSeconds").asDouble()).isPositive();
    }

    @Test
    void jfrPhaseWritesTheRecordingCollapsedStacksAndFlameGraph() throws IOException {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--users", "200", "--single-user-runs", "5",
                "--single-user-warmup", "0", "--jfr-phase", "unchanged", "--jfr-out", "profile/unchanged");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(work.resolve("profile/unchanged.jfr")).isNotEmptyFile();
        // 200 users sync in a few ten milliseconds: the 10 ms sampler may catch nothing, so only its presence counts.
        assertThat(work.resolve("profile/unchanged.collapsed")).exists();
        assertThat(java.nio.file.Files.readString(work.resolve("profile/unchanged.svg")))
                .startsWith("<?xml").contains("unchanged full sync").endsWith("</svg>\n");
    }

    @Test
    void flameGraphCommandRendersCollapsedStacks() throws IOException {
        java.nio.file.Files.writeString(work.resolve("in.collapsed"), "thread main;a.B.<init> 3\n");

        CliRun.Result result = CliRun.run(work, Map.of(), "bench-flamegraph", "in.collapsed", "out.svg",
                "--title", "T");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(java.nio.file.Files.readString(work.resolve("out.svg"))).contains("a.B.&lt;init&gt; (3 samples");
    }

    @Test
    void unknownDatabaseNameIsAUsageError() {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--db", "oracle");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("error: --db: unknown database oracle");
    }

    @Test
    void postgresWithoutTheTestEnvironmentIsAUsageError() {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--db", "both");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("PROFILESYNC_PG_URL");
    }

    @Test
    void unknownJfrPhaseIsAUsageError() {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--jfr-phase", "warmup");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("error: --jfr-phase: no phase warmup");
    }

    @Test
    void peoplePhaseTimesTheThreePeoplePagesOverHttp() throws IOException {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--users", "300", "--single-user-runs", "5",
                "--single-user-warmup", "0", "--people", "--people-requests", "10", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("people index read", "directory search: 1 word + 1 filter",
                "profile list of 1,000 people", "person page with org chart");
        List<String> lines = result.out().lines().toList();
        JsonNode people = new ObjectMapper().readTree(lines.get(lines.size() - 1)).get("people");
        assertThat(people).hasSize(4);
        assertThat(people.get(0).get("result").asText()).isEqualTo("300 people listed");
        assertThat(people.get(1).get("requests").asInt()).isEqualTo(10);
        assertThat(people.get(1).get("p95Millis").asDouble()).isPositive();
    }

    @Test
    void remoteDirectoryNeedsAllFourOptions() {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--ldap-url", "ldap://127.0.0.1:3389");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("error: --ldap-url: a real directory needs all of");
    }

    @Test
    void passwordGivenInsteadOfAVariableNameIsNotEchoed() {
        CliRun.Result result = CliRun.run(work, Map.of(), "bench", "--ldap-url", "ldap://127.0.0.1:1",
                "--bind-dn", "cn=admin,dc=example,dc=com", "--password-env", "Tr0ub4dor&3", "--base-dn", "dc=x");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("error: --password-env: is not the name of an environment variable");
        assertThat(result.all()).doesNotContain("Tr0ub4dor");
    }
}
