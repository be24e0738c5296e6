package dev.profilesync.standalone.config;

import dev.profilesync.core.FieldEditing;
import dev.profilesync.ldap.LdapDirectoryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The config file's write bind and field flags: the secret from env or file, never shown; flags off by default. */
class WriteBackConfigTest {
    private static final String DIRECTORY = "{\"id\": \"corp\", \"url\": \"ldap://127.0.0.1:3389\","
            + " \"bindDn\": \"cn=reader,dc=example,dc=com\", \"passwordEnv\": \"LDAP_PW\", \"baseDn\": \"dc=example,dc=com\"";
    @TempDir
    Path dir;

    private RunnerConfig load(String json) throws IOException {
        return ConfigLoader.load(Files.writeString(dir.resolve("config.json"), json));
    }

    @Test
    void writeBindPasswordComesFromItsOwnEnvironmentVariable() throws IOException {
        RunnerConfig config = load("{\"directories\": [" + DIRECTORY + ", \"writeBind\": {\"bindDn\":"
                + " \"cn=writer,dc=example,dc=com\", \"passwordEnv\": \"LDAP_WRITE_PW\"}}]}");

        LdapDirectoryConfig ldap = config.directories(new Secrets(Map.of("LDAP_PW", "r-secret",
                "LDAP_WRITE_PW", "w-secret-91")::get, dir)).get(0);

        assertThat(ldap.writeBind().bindDn()).isEqualTo("cn=writer,dc=example,dc=com");
        assertThat(ldap.writeBind().password()).isEqualTo("w-secret-91");
        assertThat(ldap.toString()).doesNotContain("w-secret-91");
    }

    @Test
    void writeBindWithoutPasswordIsRefusedNamingTheSetting() throws IOException {
        RunnerConfig config = load("{\"directories\": [" + DIRECTORY + ", \"writeBind\": {\"bindDn\":"
                + " \"cn=writer,dc=example,dc=com\"}}]}");

        assertThatThrownBy(() -> config.directories(new Secrets(Map.of("LDAP_PW", "r")::get, dir)))
                .hasMessageStartingWith("directories[0].writeBind.passwordEnv: a bind DN is set but no password");
    }

    @Test
    void writeBackIsOffWithoutAWriteBind() throws IOException {
        RunnerConfig config = load("{\"directories\": [" + DIRECTORY + "}]}");

        assertThat(config.directories(new Secrets(Map.of("LDAP_PW", "r")::get, dir)).get(0).writeBind().enabled())
                .isFalse();
    }

    @Test
    void fieldFlagsAreReadAndOffByDefault() throws IOException {
        RunnerConfig config = load("{\"fields\": [{\"key\": \"phone\", \"label\": \"Phone\", \"ldapAttribute\":"
                + " \"telephoneNumber\", \"editable\": true, \"writeBack\": true}, {\"key\": \"title\", \"label\":"
                + " \"Title\", \"ldapAttribute\": \"title\"}]}");

        assertThat(config.fields().orElseThrow()).extracting(f -> f.editing())
                .containsExactly(new FieldEditing(true, true), FieldEditing.DEFAULT);
    }

    @Test
    void writtenBackTemplateFieldIsRefusedWithItsPosition() throws IOException {
        assertThatThrownBy(() -> load("{\"fields\": [{\"key\": \"name\", \"label\": \"Name\", \"template\":"
                + " \"{givenName} {sn}\", \"writeBack\": true}]}"))
                .hasMessageStartingWith("fields[0] (fields.name.writeBack)");
    }
}
