package dev.profilesync.standalone.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            // "500" where 500 belongs is refused with a message, rather than read one way here and another there.
            .withCoercionConfig(LogicalType.Integer, rules -> rules.setCoercion(CoercionInputShape.String,
                    CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, rules -> rules.setCoercion(CoercionInputShape.String,
                    CoercionAction.Fail))
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
        if (text.isBlank()) {
            throw new ConfigException(SETTING, file + " is empty: write the settings as a JSON object in braces, "
                    + "e.g. {\"directories\": [{\"id\": \"corp\", \"url\": \"ldap://ldap.example.com\", "
                    + "\"baseDn\": \"dc=example,dc=com\"}]}; see docs/configuration.md");
        }
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
            throw new ConfigException(settingOf(e), "'" + e.getValue() + "' in " + file + " "
                    + JsonErrors.where(e) + " is not allowed here: " + (isEnum(e.getTargetType()) ? "use " : "write ")
                    + ExpectedValue.describe(e.getTargetType()), e);
        } catch (MismatchedInputException e) {
            String setting = JsonErrors.path(e);
            if (setting.isEmpty()) {
                throw new ConfigException(SETTING, file + " " + JsonErrors.where(e) + ": the file must hold one JSON "
                        + "object in braces, {\"directories\": [...], \"fields\": [...], ...}, not a list or a "
                        + "single value; see docs/configuration.md", e);
            }
            throw new ConfigException(setting, file + " " + JsonErrors.where(e) + ": the value does not fit here: "
                    + "write " + ExpectedValue.describe(e.getTargetType()) + "; see docs/configuration.md", e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw syntaxError(file, syntax);
            }
            throw new ConfigException(settingOf(e), file + " " + JsonErrors.where(e) + ": this value cannot be "
                    + "used here: write it as docs/configuration.md shows", e);
        } catch (JacksonException e) {
            throw syntaxError(file, e);
        }
    }

    private static ConfigException syntaxError(Path file, JacksonException e) {
        return new ConfigException(SETTING, file + " is not valid JSON at " + JsonErrors.describe(e)
                + ": fix the syntax (a JSON object in braces, names and texts in double quotes, no trailing commas)",
                e);
    }

    private static boolean isEnum(Class<?> type) {
        return type != null && type.isEnum();
    }

    private static String settingOf(JsonMappingException e) {
        String setting = JsonErrors.path(e);
        return setting.isEmpty() ? SETTING : setting;
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
