package dev.profilesync.standalone.cli;

import dev.profilesync.standalone.host.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {
    @TempDir
    Path work;

    private CliRun.Result run(String... args) {
        return CliRun.run(work, Map.of(), args);
    }

    @Test
    void demoSyncsTheGeneratedCompanyPrintsTheReportAndExitsZero() {
        CliRun.Result result = run("demo", "--no-serve", "--users", "200");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("200 people", "created 11 defaults", "Outcome", "SUCCESS",
                "Demo directory").containsPattern("Users scanned\\s+200").containsPattern("updated\\s+200");
        assertThat(result.out()).doesNotContain("admin page");
        assertThat(work.resolve("profile-sync-data")).isDirectory();
    }

    @Test
    void demoOptionsWorkWithoutTheCommandAsTheReadmeSays() {
        CliRun.Result result = run("--no-serve", "--users", "50");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("50 people");
        assertThat(run("--help").out()).contains("Without a command, runs the demo");
    }

    @Test
    void secondDemoOverTheSameDataFindsNothingChanged() {
        assertThat(run("demo", "--no-serve", "--users", "200").exitCode()).isZero();

        CliRun.Result again = run("demo", "--no-serve", "--users", "200", "--data", "profile-sync-data");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("11 stored").containsPattern("unchanged\\s+200")
                .doesNotContain("Problems");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "sync", "serve", "export", "bench"})
    void everyCommandHasHelp(String command) {
        CliRun.Result result = run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: profile-sync " + command);
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        CliRun.Result result = run("--help");

        assertThat(result.out()).contains("demo", "sync", "export", "bench", "64");
    }

    @Test
    void badDemoOptionsExitWith64() {
        CliRun.Result result = run("demo", "--no-serve", "--users", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("error: --users: give a number of people from 1 to 1000000\n");
    }
}
