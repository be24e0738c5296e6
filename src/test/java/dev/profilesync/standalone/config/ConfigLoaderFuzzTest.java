package dev.profilesync.standalone.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a config file: loading either succeeds or ends in one ConfigException whose message names a setting
 * and never a Java class, library or token; reading the passwords of a loaded file fails the same way or not at all.
 */
class ConfigLoaderFuzzTest {
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("config-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Words of Java's and the JSON library's own messages; the admin's file may hold them, our words never do. */
    private static final List<String> INTERNAL = List.of("Exception", "dev.profilesync", "com.fasterxml", "java.",
            "`", "Source:", "JsonToken", "deserialize", "(class ", "ldapSDK");

    @FuzzTest(maxDuration = "10s")
    void anyFileLoadsOrIsRefusedWithAPlainMessage(FuzzedDataProvider data) throws IOException {
        byte[] bytes = data.consumeRemainingAsBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("config.json"), bytes);
        try {
            RunnerConfig config = ConfigLoader.load(file);
            config.directories(new Secrets(Map.of("PW", "secret")::get, dir));
            config.database(new Secrets(Map.of("PW", "secret")::get, dir));
        } catch (ConfigException e) {
            assertThat(e.setting()).isNotBlank();
            assertThat(e.getMessage()).startsWith(e.setting() + ": ");
            INTERNAL.stream().filter(word -> !text.contains(word))
                    .forEach(word -> assertThat(e.getMessage()).doesNotContain(word));
        }
    }
}
