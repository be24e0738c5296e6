package dev.profilesync.standalone.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @FuzzTest(maxDuration = "10s")
    void anyFileLoadsOrIsRefusedWithAPlainMessage(FuzzedDataProvider data) throws IOException {
        Path file = Files.write(dir.resolve("config.json"), data.consumeRemainingAsBytes());
        try {
            RunnerConfig config = ConfigLoader.load(file);
            config.directories(new Secrets(Map.of("PW", "secret")::get, dir));
            config.database(new Secrets(Map.of("PW", "secret")::get, dir));
        } catch (ConfigException e) {
            assertThat(e.setting()).isNotBlank();
            assertThat(e.getMessage()).startsWith(e.setting() + ": ")
                    .doesNotContain("Exception", "dev.profilesync", "com.fasterxml", "java.", "`", "Source:");
        }
    }
}
