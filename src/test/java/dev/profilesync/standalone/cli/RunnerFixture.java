package dev.profilesync.standalone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real in-memory directory (one per test class) with five people whose titles look like spreadsheet formulas,
 * a users file that deactivates one of them, and a config file over an embedded database in a fresh folder.
 */
public abstract class RunnerFixture {
    static final String PASSWORD_ENV = "TEST_LDAP_PASSWORD";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static TestDirectory directory;

    @TempDir
    public Path work;

    public Map<String, String> environment = Map.of(PASSWORD_ENV, TestDirectory.READER_PASSWORD);

    @BeforeAll
    static void startDirectory() throws LDAPException {
        directory = TestDirectory.start();
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @BeforeEach
    void seed() throws LDAPException, IOException {
        directory.reset(
                person("alice", HYPERLINK),
                person("bob", "+1"),
                person("carol", "-2", "manager", "uid=alice," + TestDirectory.PEOPLE),
                person("dave", "@SUM(A1)", "description", "First line", "description", "Second line"),
                person("erin", "Engineer"));
        Files.writeString(work.resolve("users.csv"), "username,deactivated\nerin,true\n");
        writeConfig("config.json", directory(""), "");
    }

    /** A person as these tests have them: sn the capitalised uid, givenName "Given", a title, and these pairs. */
    static Entry person(String uid, String title, String... attributePairs) {
        Entry person = TestDirectory.person(uid, "sn", uid.substring(0, 1).toUpperCase() + uid.substring(1),
                "givenName", "Given", "title", title);
        for (int i = 0; i < attributePairs.length; i += 2) {
            person.addAttribute(attributePairs[i], attributePairs[i + 1]);
        }
        return person;
    }

    static String directory(String extra) {
        return """
                {"id": "corp", "name": "Corporate", "url": "%s", "bindDn": "%s", "passwordEnv": "%s",
                 "baseDn": "%s", "userDn": "ou=people", "pageSize": 2%s}""".formatted(directory.url(),
                TestDirectory.READER_DN, PASSWORD_ENV, TestDirectory.BASE, extra);
    }

    /** A complete config with the given directory and extra top-level properties (each ending with a comma). */
    Path writeConfig(String name, String directoryJson, String extraTopLevel) throws IOException {
        return Files.writeString(work.resolve(name), """
                {
                  %s
                  "directories": [%s],
                  "database": {"embedded": "data"},
                  "fields": [
                    {"key": "title", "label": "Job title", "ldapAttribute": "title"},
                    {"key": "full-name", "label": "Full name", "template": "{givenName} {sn}"},
                    {"key": "manager", "label": "Manager", "ldapAttribute": "manager", "dnToUsername": true},
                    {"key": "about", "label": "About", "type": "MULTILINE", "ldapAttribute": "description",
                     "multiValue": "JOINED"}
                  ],
                  "settings": {"activeUserPolicy": "VISIBLE"},
                  "usersFile": "users.csv"
                }
                """.formatted(extraTopLevel, directoryJson));
    }

    CliRun.Result cli(String... args) {
        return CliRun.run(work, environment, args);
    }

    CliRun.Result sync(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "sync";
        args[1] = "--config";
        args[2] = "config.json";
        System.arraycopy(more, 0, args, 3, more.length);
        return cli(args);
    }

    /** The stored profiles as the export command gives them, with the good config. */
    JsonNode exported() throws IOException {
        CliRun.Result result = cli("export", "--config", "config.json", "--format", "json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    void fullSync() {
        CliRun.Result result = sync("--mode", "full");
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }
}
