package dev.profilesync.standalone.config;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.TimestampPattern;
import dev.profilesync.ldap.LdapDirectoryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("config.json"), json);
    }

    private static String directory(String extra) {
        return "{\"id\": \"corp\", \"url\": \"ldap://127.0.0.1:3389\", \"bindDn\": \"cn=reader,dc=example,dc=com\","
                + " \"passwordEnv\": \"LDAP_PW\", \"baseDn\": \"dc=example,dc=com\"" + extra + "}";
    }

    private static Secrets env(Map<String, String> variables, Path base) {
        return new Secrets(variables::get, base);
    }

    @Test
    void completeFileBecomesDirectoryDatabaseFieldsAndSettings() throws IOException {
        Path file = write("""
                {
                  "directories": [%s],
                  "database": {"embedded": "data"},
                  "fields": [{"key": "title", "label": "Job title", "ldapAttribute": "title"},
                             {"key": "about", "label": "About", "type": "multiline", "ldapAttribute": "description",
                              "multiValue": "JOINED", "whenMissing": "KEEP", "shownOnCards": false, "searchable": false,
                              "format": "URL"}],
                  "settings": {"activeUserPolicy": "ALL", "incremental": true, "timestampPattern": "yyyyMMddHHmmss.Z",
                               "batchSize": 200, "schedule": "0 0 2 * * ?"}
                }
                """.formatted(directory(", \"userDn\": \"ou=people\", \"pageSize\": 250, \"readTimeoutSeconds\": 5")));
        RunnerConfig config = ConfigLoader.load(file);

        LdapDirectoryConfig ldap = config.directories(env(Map.of("LDAP_PW", "s3cret"), dir)).get(0);
        assertThat(ldap.password()).isEqualTo("s3cret");
        assertThat(ldap.userDn()).isEqualTo("ou=people");
        assertThat(ldap.pageSize()).isEqualTo(250);
        assertThat(ldap.pagedResults()).isTrue();
        assertThat(ldap.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(ldap.security()).isEqualTo(LdapDirectoryConfig.Security.NONE);
        assertThat(config.embeddedFolder()).contains(dir.resolve("data"));
        assertThat(config.fields().orElseThrow()).extracting(f -> f.type()).containsExactly(FieldType.TEXT,
                FieldType.MULTILINE);
        assertThat(config.fields().orElseThrow()).extracting(f -> f.display()).containsExactly(
                dev.profilesync.core.FieldDisplay.DEFAULT,
                new dev.profilesync.core.FieldDisplay(false, false, dev.profilesync.core.ValueFormat.URL));
        SyncSettings settings = config.settings().applyTo(SyncSettings.defaults());
        assertThat(settings.activeUserPolicy()).isEqualTo(ActiveUserPolicy.ALL);
        assertThat(settings.incrementalEnabled()).isTrue();
        assertThat(settings.timestampPattern()).isEqualTo(TimestampPattern.ACTIVE_DIRECTORY);
        assertThat(settings.batchSize()).isEqualTo(200);
        assertThat(settings.schedule()).isEqualTo("0 0 2 * * ?");
        assertThat(settings.safetyThresholdPercent()).isEqualTo(SyncSettings.defaults().safetyThresholdPercent());
    }

    @Test
    void settingsLeftOutKeepTheStoredValues() throws IOException {
        RunnerConfig config = ConfigLoader.load(write("{\"settings\": {\"batchSize\": 10}}"));
        SyncSettings stored = SyncSettings.defaults().withActiveUserPolicy(ActiveUserPolicy.ALL).withSafetyThreshold(5);
        SyncSettings result = config.settings().applyTo(stored);
        assertThat(result.activeUserPolicy()).isEqualTo(ActiveUserPolicy.ALL);
        assertThat(result.safetyThresholdPercent()).isEqualTo(5);
        assertThat(result.batchSize()).isEqualTo(10);
        assertThat(config.fields()).isEmpty();
    }

    @Test
    void unknownPropertyIsNamedWithItsPathAndLine() throws IOException {
        Path file = write("{\n  \"directories\": [\n    " + directory(", \"bindDN\": \"x\"") + "\n  ]\n}");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("directories[0].bindDN: unknown property in " + file + " line 3")
                .hasMessageContaining("bindDn");
    }

    @Test
    void malformedJsonNamesTheFileAndPosition() throws IOException {
        Path file = write("{\n  \"directories\": [\n}");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith("--config: " + file + " is not valid JSON at line 3");
    }

    @Test
    void enumValueOutsideItsChoicesListsThem() throws IOException {
        Path file = write("{\"directories\": [" + directory(", \"security\": \"TLS\"") + "]}");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith("directories[0].security: 'TLS' in")
                .hasMessageContaining("use one of [NONE, LDAPS, STARTTLS]");
    }

    @Test
    void badFilterIsRejectedWithAnExample() throws IOException {
        Path file = write("{\"directories\": [" + directory(", \"userFilter\": \"(objectClass=person\"") + "]}");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith("directories[0].userFilter: '(objectClass=person' is not a valid LDAP filter");
    }

    @Test
    void badAttributeNameInAFieldIsRejectedByTheCoreRules() throws IOException {
        Path file = write("{\"fields\": [{\"key\": \"dept\", \"label\": \"Dept\","
                + " \"ldapAttribute\": \"depart ment\"}]}");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("fields[0] (fields.dept.ldapAttribute): 'depart ment' is not an LDAP "
                        + "attribute");
    }

    @Test
    void badTimestampPatternAndCronAreRejected() throws IOException {
        Path pattern = write("{\"settings\": {\"timestampPattern\": \"yyyyMMdd\"}}");
        assertThatThrownBy(() -> ConfigLoader.load(pattern))
                .hasMessageStartingWith("settings.timestampPattern: timestamp pattern 'yyyyMMdd' lacks 'HH'");
        Path cron = write("{\"settings\": {\"schedule\": \"0 61 1 * * ?\"}}");
        assertThatThrownBy(() -> ConfigLoader.load(cron))
                .hasMessage("settings.schedule: cron expression '0 61 1 * * ?': value 61 not in range [0, 59]");
    }

    @Test
    void duplicateIdsAndKeysAreRejected() throws IOException {
        Path ids = write("{\"directories\": [" + directory("") + ", " + directory("") + "]}");
        assertThatThrownBy(() -> ConfigLoader.load(ids)).hasMessageStartingWith("directories[1].id: id 'corp'");
        Path names = write("{\"directories\": [" + directory(", \"name\": \"LDAP\"") + ", "
                + directory(", \"name\": \"ldap\"").replace("\"corp\"", "\"other\"") + "]}");
        assertThatThrownBy(() -> ConfigLoader.load(names)).hasMessageStartingWith("directories[1].name: name 'ldap'");
        Path keys = write("{\"fields\": [{\"key\": \"a\", \"label\": \"A\", \"ldapAttribute\": \"cn\"},"
                + "{\"key\": \"a\", \"label\": \"A\", \"ldapAttribute\": \"sn\"}]}");
        assertThatThrownBy(() -> ConfigLoader.load(keys)).hasMessageStartingWith("fields[1].key: key 'a'");
    }

    @Test
    void missingEnvironmentVariableIsNamedButNotNeededUntilTheDirectoryIs() throws IOException {
        RunnerConfig config = ConfigLoader.load(write("{\"directories\": [" + directory("") + "]}"));
        assertThatThrownBy(() -> config.directories(env(Map.of(), dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("directories[0].passwordEnv: environment variable LDAP_PW is not set");
    }

    @Test
    void passwordFileIsReadRelativeToTheConfigFileWithoutItsLineBreak() throws IOException {
        Files.writeString(dir.resolve("ldap.pw"), "from-file\n");
        RunnerConfig config = ConfigLoader.load(write("{\"directories\": [{\"id\": \"a\", \"url\": \"ldaps://h:636\","
                + " \"bindDn\": \"cn=r,dc=x\", \"passwordFile\": \"ldap.pw\", \"baseDn\": \"dc=x\"}]}"));
        LdapDirectoryConfig ldap = config.directories(env(Map.of(), dir)).get(0);
        assertThat(ldap.password()).isEqualTo("from-file");
        assertThat(ldap.security()).isEqualTo(LdapDirectoryConfig.Security.LDAPS);
    }

    @Test
    void bindDnWithoutAnyPasswordSourceIsRejected() throws IOException {
        RunnerConfig config = ConfigLoader.load(write("{\"directories\": [{\"id\": \"a\", \"url\": \"ldap://h\","
                + " \"bindDn\": \"cn=r,dc=x\", \"baseDn\": \"dc=x\"}]}"));
        assertThatThrownBy(() -> config.directories(env(Map.of(), dir)))
                .hasMessageStartingWith("directories[0].passwordEnv: a bind DN is set but no password");
    }

    @Test
    void urlAndDnAreChecked() throws IOException {
        Path url = write("{\"directories\": [{\"id\": \"a\", \"url\": \"http://h\", \"baseDn\": \"dc=x\"}]}");
        assertThatThrownBy(() -> ConfigLoader.load(url)).hasMessageStartingWith("directories[0].url: 'http://h'");
        Path dn = write("{\"directories\": [{\"id\": \"a\", \"url\": \"ldap://h\", \"baseDn\": \"dc=x,,\"}]}");
        assertThatThrownBy(() -> ConfigLoader.load(dn)).hasMessageStartingWith("directories[0].baseDn: 'dc=x,,'");
    }

    @Test
    void databaseIsEmbeddedOrJdbcNotBoth() throws IOException {
        Path both = write("{\"database\": {\"embedded\": \"d\", \"jdbcUrl\": \"jdbc:postgresql://h/db\"}}");
        assertThatThrownBy(() -> ConfigLoader.load(both)).hasMessageStartingWith("database.embedded: give embedded");
        RunnerConfig jdbc = ConfigLoader.load(write("{\"database\": {\"jdbcUrl\": \"jdbc:postgresql://h/db\","
                + " \"user\": \"u\", \"passwordEnv\": \"DB_PW\"}}"));
        assertThat(jdbc.embeddedFolder()).isEmpty();
        assertThat(jdbc.database(env(Map.of("DB_PW", "pw"), dir)).password()).isEqualTo("pw");
    }

    @Test
    void defaultDatabaseIsAnEmbeddedFolderBesideTheConfigFile() throws IOException {
        assertThat(ConfigLoader.load(write("{}")).embeddedFolder()).contains(dir.resolve("profile-sync-data"));
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        Path file = Files.write(dir.resolve("config.json"), new byte[] {'{', '"', (byte) 0xC3, '"', '}'});
        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.json")))
                .hasMessageStartingWith("--config: cannot read " + dir.resolve("nope.json"));
    }

    @Test
    void passwordTypedAsAVariableNameIsNeverEchoed() throws IOException {
        RunnerConfig config = ConfigLoader.load(write("{\"directories\": [" + directory("")
                .replace("LDAP_PW", "S3cr3t!pw#2026") + "]}"));
        assertThatThrownBy(() -> config.directories(env(Map.of(), dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("directories[0].passwordEnv: is not the name of an environment variable")
                .hasMessageNotContaining("S3cr3t");
    }

    @Test
    void passwordTypedAsAFileNameIsNeverEchoedNorKeptInTheCause() throws IOException {
        RunnerConfig config = ConfigLoader.load(write("{\"directories\": [{\"id\": \"a\", \"url\": \"ldap://h\","
                + " \"bindDn\": \"cn=r,dc=x\", \"passwordFile\": \"hunter2 is my pw!\", \"baseDn\": \"dc=x\"}]}"));
        assertThatThrownBy(() -> config.directories(env(Map.of(), dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("directories[0].passwordFile: cannot read the password file")
                .hasMessageNotContaining("hunter2")
                .hasNoCause();
    }

    @Test
    void pathLikePasswordFileIsNamedWhenMissing() throws IOException {
        RunnerConfig config = ConfigLoader.load(write("{\"directories\": [{\"id\": \"a\", \"url\": \"ldap://h\","
                + " \"bindDn\": \"cn=r,dc=x\", \"passwordFile\": \"secrets/ldap.pw\", \"baseDn\": \"dc=x\"}]}"));
        assertThatThrownBy(() -> config.directories(env(Map.of(), dir)))
                .hasMessageStartingWith("directories[0].passwordFile: cannot read password file "
                        + dir.resolve("secrets/ldap.pw") + " (no such file)");
    }

    @Test
    void scheduleFiringMoreOftenThanTheFloorIsRefusedAndTheFloorIsASetting() throws IOException {
        Path often = write("{\"settings\": {\"schedule\": \"0 * * * * ?\"}}");
        assertThatThrownBy(() -> ConfigLoader.load(often))
                .hasMessageStartingWith("settings.schedule: cron expression '0 * * * * ?' runs every minute, more "
                        + "often than every 5 minutes");
        RunnerConfig lowered = ConfigLoader.load(write("{\"settings\": {\"schedule\": \"0 * * * * ?\","
                + " \"scheduleFloorMinutes\": 1}}"));
        assertThat(lowered.settings().applyTo(SyncSettings.defaults()).schedule()).isEqualTo("0 * * * * ?");
        Path badFloor = write("{\"settings\": {\"scheduleFloorMinutes\": -1}}");
        assertThatThrownBy(() -> ConfigLoader.load(badFloor)).hasMessageStartingWith("settings.scheduleFloorMinutes:");
    }

    @Test
    void emptyFileSaysWhatToWrite() throws IOException {
        assertPlainAdvice(write("  \n"), "--config: " + dir.resolve("config.json") + " is empty: write the settings "
                + "as a JSON object in braces");
    }

    @Test
    void topLevelArraySaysAnObjectBelongsThere() throws IOException {
        assertPlainAdvice(write("[{\"id\": \"corp\"}]"), "--config: " + dir.resolve("config.json")
                + " line 1, column 1: the file must hold one JSON object in braces");
    }

    @Test
    void numberGivenAsTextSaysToWriteItWithoutQuotes() throws IOException {
        assertPlainAdvice(write("{\"settings\": {\"batchSize\": \"100\"}}"), "settings.batchSize: "
                + dir.resolve("config.json") + " line 1, column 28: the value does not fit here: write a whole "
                + "number without quotes, e.g. 500");
        assertPlainAdvice(write("{\"directories\": [" + directory(", \"pageSize\": \"five hundred\"") + "]}"),
                "directories[0].pageSize: " + dir.resolve("config.json") + " line 1, column 175: the value does not "
                        + "fit here: write a whole number without quotes");
    }

    @Test
    void badFilterSaysWhereInWordsWithoutTheLibrarysText() throws IOException {
        assertPlainAdvice(write("{\"directories\": [" + directory(", \"userFilter\": \"(&(a=b)(c=d\"") + "]}"),
                "directories[0].userFilter: '(&(a=b)(c=d' is not a valid LDAP filter: it has an opening "
                        + "parenthesis at position 0 without the expected closing parenthesis at position 10; write it "
                        + "like (&(objectClass=inetOrgPerson)");
    }

    private static void assertPlainAdvice(Path file, String start) {
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(start)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "`", "dev.profilesync",
                        "com.", "java.", "jackson", "Jackson", "ldapSDK", "token", "deserialize", "Integer"));
    }
}
