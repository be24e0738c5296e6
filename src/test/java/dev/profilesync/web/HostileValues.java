package dev.profilesync.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-values corpus, {@code src/test/resources/hostile-values.json}: markup, event handlers, script URLs,
 * SVG, right-to-left and zero-width characters and a 4,000-character value, for any test that checks that values
 * are shown as text and never run. Each value has no surrounding whitespace, as values leave the sync.
 */
public final class HostileValues {
    private static final String RESOURCE = "/hostile-values.json";

    /** One value of the corpus. */
    public record Value(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileValues() {
    }

    public static List<Value> all() {
        try (InputStream in = HostileValues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            List<Value> values = new ArrayList<>();
            for (JsonNode entry : new ObjectMapper().readTree(in).get("values")) {
                values.add(new Value(entry.get("name").asText(), text(entry)));
            }
            return List.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static String text(JsonNode entry) {
        if (entry.has("value")) {
            return entry.get("value").asText();
        }
        String unit = entry.get("repeat").asText();
        int length = entry.get("length").asInt();
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
