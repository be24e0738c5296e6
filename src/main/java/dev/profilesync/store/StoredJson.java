package dev.profilesync.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.edit.WriteBackRecord;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON kept in text columns: run reports and SELECT options. Times are ISO-8601 text (Instant, Duration), so a
 * report reads back equal to what was written; unknown properties are ignored so older rows stay readable.
 * The two time types are mapped here rather than with jackson-datatype-jsr310: Confluence exports jackson-databind
 * but not that module, so the plugin would have to bundle a module built for another databind than the host's.
 * The text is the same the module wrote (ISO-8601), so rows written before read back unchanged.
 */
final class StoredJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(isoTimes())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<WriteBackRecord.Change>> CHANGES = new TypeReference<>() { };

    private StoredJson() {
    }

    private static SimpleModule isoTimes() {
        return new SimpleModule("profile-sync-iso-times")
                .addSerializer(Instant.class, ToStringSerializer.instance)
                .addSerializer(Duration.class, ToStringSerializer.instance)
                .addDeserializer(Instant.class, new IsoText<>(Instant.class, Instant::parse))
                .addDeserializer(Duration.class, new IsoText<>(Duration.class, Duration::parse))
                .addKeyDeserializer(SyncReport.SkipReason.class, new SkipReasonKey());
    }

    /**
     * Reads a skip reason by its constant, as reports are written now, or by its words, as reports kept in history
     * before the reasons were an enum were written.
     */
    private static final class SkipReasonKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return SyncReport.SkipReason.fromStored(key).orElseThrow(() -> context.weirdKeyException(
                    SyncReport.SkipReason.class, key, "not a skip reason this version knows"));
        }
    }

    /** Reads a value from its ISO-8601 text; Jackson reports a text that does not parse with the field's name. */
    private static final class IsoText<T> extends FromStringDeserializer<T> {
        private final transient Function<String, T> parse;

        IsoText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        protected T _deserialize(String value, DeserializationContext context) {
            try {
                return parse.apply(value);
            } catch (DateTimeException e) {
                // FromStringDeserializer turns an IllegalArgumentException into Jackson's own format error.
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    static String report(SyncReport report) {
        return write(report, "run report " + report.id());
    }

    static SyncReport report(String json, String runId) {
        try {
            return MAPPER.readValue(json, SyncReport.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored report of run " + runId + " is not readable JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static String strings(List<String> values) {
        return write(values, "list of options");
    }

    static List<String> strings(String json, String what) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored " + what + " is not a JSON list of strings: " + e.getOriginalMessage(), e);
        }
    }

    static String changes(List<WriteBackRecord.Change> changes) {
        return write(changes, "write-back changes");
    }

    static List<WriteBackRecord.Change> changes(String json, long id) {
        try {
            return MAPPER.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new StoreException("the changes of write-back record " + id + " are not readable JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value, String what) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the " + what + " cannot be written as JSON", e);
        }
    }
}
