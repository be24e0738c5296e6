package dev.profilesync.standalone.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads and checks the runner's JSON config file. Every problem becomes one {@link ConfigException} that names the
 * setting (e.g. {@code directories[0].userFilter}) and says what to do; unknown properties are errors, so a typo
 * never silently falls back to a default.
 */
public final class ConfigLoader {
    private static final String SETTING = "--config";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private ConfigLoader() {
    }

    public static RunnerConfig load(Path file) {
        ConfigFile parsed = parse(file);
        DirectorySettings.check(parsed.directories());
        Optional<List<FieldDefinition>> fields = Optional.ofNullable(parsed.fields()).map(FieldSettings::toDefinitions);
        SettingsOverride settings = SettingsOverride.checked(parsed.settings());
        checkDatabase(parsed.database());
        Path baseDir = file.toAbsolutePath().getParent();
        Map<String, HostUser> users = parsed.usersFile() == null || parsed.usersFile().isBlank() ? Map.of()
                : UsersFile.load(baseDir.resolve(parsed.usersFile().trim()));
        return new RunnerConfig(file, parsed.directories(), parsed.database(), fields, settings, users);
    }

    private static ConfigFile parse(Path file) {
        String text = read(file);
        try {
            ConfigFile parsed = MAPPER.readValue(text, ConfigFile.class);
            if (parsed == null) {
                throw new ConfigException(SETTING, file + " holds null: write a JSON object, see "
                        + "docs/configuration.md");
            }
            return parsed;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : "; known here: " + e.getKnownPropertyIds().stream()
                    .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
            throw new ConfigException(JsonErrors.path(e), "unknown property in " + file + " " + JsonErrors.where(e)
                    + ": check its spelling or remove it" + known, e);
        } catch (InvalidFormatException e) {
            throw new ConfigException(JsonErrors.path(e), "'" + e.getValue() + "' in " + file + " "
                    + JsonErrors.where(e) + " is not allowed here: " + allowed(e), e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw syntaxError(file, syntax);
            }
            String setting = JsonErrors.path(e);
            throw new ConfigException(setting.isEmpty() ? SETTING : setting, file + " " + JsonErrors.describe(e)
                    + ": fix the value, see docs/configuration.md", e);
        } catch (JacksonException e) {
            throw syntaxError(file, e);
        }
    }

    private static ConfigException syntaxError(Path file, JacksonException e) {
        return new ConfigException(SETTING, file + " is not valid JSON at " + JsonErrors.describe(e)
                + ": fix the syntax (a JSON object in braces, names and texts in double quotes, no trailing commas)",
                e);
    }

    private static String allowed(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "use one of " + Arrays.toString(target.getEnumConstants());
        }
        return "give a " + (target == null ? "value of the right type" : target.getSimpleName());
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(SETTING, file + " is not UTF-8 text: save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException(SETTING, "cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "): check the path and its permissions", e);
        }
    }

    private static void checkDatabase(ConfigFile.Database database) {
        if (database == null) {
            return;
        }
        boolean embedded = database.embedded() != null && !database.embedded().isBlank();
        boolean jdbc = database.jdbcUrl() != null && !database.jdbcUrl().isBlank();
        DirectorySettings.require(!(embedded && jdbc), "database.embedded",
                "give embedded (a folder) or jdbcUrl, not both: remove one of them");
        DirectorySettings.require(!jdbc || database.jdbcUrl().trim().startsWith("jdbc:"), "database.jdbcUrl",
                "'" + database.jdbcUrl() + "' is not a JDBC URL: write e.g. "
                        + "jdbc:postgresql://127.0.0.1:5432/profilesync");
        DirectorySettings.require(jdbc || (database.user() == null && database.passwordEnv() == null
                        && database.passwordFile() == null), "database.user",
                "user and password belong to a jdbcUrl database: remove them or add jdbcUrl");
    }
}
