package dev.profilesync.standalone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.standalone.host.ExitCode;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad input gives one clear line naming the setting, a non-zero exit, and loses no stored value. */
class BadInputTest extends RunnerFixture {

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                arguments("malformed JSON", "--config", "{\"directories\": [", null),
                arguments("unknown property", "directories[0].bindDN", null, ", \"bindDN\": \"cn=x\""),
                arguments("unknown enum value", "directories[0].security", null, ", \"security\": \"TLS\""),
                arguments("bad filter", "directories[0].userFilter", null, ", \"userFilter\": \"(objectClass=person\""),
                arguments("missing password variable", "directories[0].passwordEnv", null, "MISSING_ENV"),
                arguments("bad attribute name", "fields[0] (fields.title.ldapAttribute)", "ATTRIBUTE", null),
                arguments("bad timestamp pattern", "settings.timestampPattern", "PATTERN", null),
                arguments("bad cron", "settings.schedule", "CRON", null),
                arguments("bad users file", "usersFile", "USERS", null),
                arguments("no directory", "directories", "NO_DIRECTORY", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void badConfigGivesOneLineNamingTheSettingAndKeepsStoredValues(String what, String setting, String file,
                                                                  String directoryExtra) throws IOException {
        fullSync();
        JsonNode before = exported();
        writeBadConfig(file, directoryExtra);

        CliRun.Result result = cli("sync", "--config", "bad.json", "--mode", "full");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err().lines()).as(result.toString()).singleElement().asString()
                .startsWith("error: " + setting + ": ");
        assertThat(result.out()).isEmpty();
        assertThat(exported()).isEqualTo(before);
    }

    private void writeBadConfig(String file, String directoryExtra) throws IOException {
        if ("MISSING_ENV".equals(directoryExtra)) {
            writeConfig("bad.json", directory("").replace(PASSWORD_ENV, "PS_NOT_SET"), "");
        } else if (directoryExtra != null) {
            writeConfig("bad.json", directory(directoryExtra), "");
        } else if (file.startsWith("{")) {
            Files.writeString(work.resolve("bad.json"), file);
        } else {
            writeConfig("bad.json", directory(""), "");
            String good = Files.readString(work.resolve("bad.json"));
            String bad = switch (file) {
                case "ATTRIBUTE" -> good.replace("\"ldapAttribute\": \"title\"", "\"ldapAttribute\": \"job title\"");
                case "PATTERN" -> good.replace("\"activeUserPolicy\": \"VISIBLE\"",
                        "\"activeUserPolicy\": \"VISIBLE\", \"timestampPattern\": \"yyyy-MM-dd\"");
                case "CRON" -> good.replace("\"activeUserPolicy\": \"VISIBLE\"",
                        "\"activeUserPolicy\": \"VISIBLE\", \"schedule\": \"0 61 1 * * ?\"");
                case "USERS" -> good.replace("users.csv", "missing-users.csv");
                case "NO_DIRECTORY" -> good.replaceFirst("\"directories\": \\[\\{[^]]*]", "\"directories\": []");
                default -> throw new IllegalArgumentException(file);
            };
            Files.writeString(work.resolve("bad.json"), bad);
        }
    }

    @Test
    void wrongPasswordFailsWithoutShowingAnyPassword() throws IOException {
        fullSync();
        JsonNode before = exported();
        environment = Map.of(PASSWORD_ENV, "Wrong-Pa55word");

        CliRun.Result result = sync("--mode", "full");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.out()).contains("FAILED", "Corporate");
        assertThat(result.all()).doesNotContain("Wrong-Pa55word").doesNotContain(TestDirectory.READER_PASSWORD);
        environment = Map.of(PASSWORD_ENV, TestDirectory.READER_PASSWORD);
        assertThat(exported()).isEqualTo(before);
    }

    @Test
    void unreachableServerFailsAndKeepsStoredValues() throws IOException {
        fullSync();
        JsonNode before = exported();
        writeConfig("config.json", directory(", \"connectTimeoutSeconds\": 2").replace(directory.url(),
                "ldap://127.0.0.1:1"), "");

        CliRun.Result result = sync("--mode", "full");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.out()).contains("FAILED", "Corporate");
        assertThat(exported()).isEqualTo(before);
    }

    @Test
    void oversizedDirectoryValueKeepsTheStoredValueAndIsReported() throws IOException, LDAPException {
        fullSync();
        directory.replace("bob", "title", "x".repeat(300));

        CliRun.Result result = sync("--mode", "full");

        assertThat(result.out()).contains("bob", "300 characters");
        assertThat(exported().get(1).get("fields").get("title").asText()).isEqualTo("+1");
    }

    @Test
    void usageErrorsExitWith64() {
        CliRun.Result noConfig = cli("sync");
        assertThat(noConfig.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noConfig.err()).startsWith("error: usage: Missing required option: '--config=FILE'");

        CliRun.Result noUser = sync("--mode", "user");
        assertThat(noUser.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noUser.err()).startsWith("error: --user: --mode user needs --user NAME");

        CliRun.Result badMode = sync("--mode", "sometimes");
        assertThat(badMode.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badMode.err()).contains("Invalid value for option '--mode'");

        assertThat(cli("frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
