package dev.profilesync.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.profilesync.core.SyncReport;

/**
 * The JSON kept in text columns: run reports and SELECT options. Times are ISO-8601 text (Instant, Duration), so a
 * report reads back equal to what was written; unknown properties are ignored so older rows stay readable.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private Json() {
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

    private static String write(Object value, String what) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the " + what + " cannot be written as JSON", e);
        }
    }
}
