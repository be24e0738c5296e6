package dev.profilesync.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user's field values as the text of {@link ProfileFieldsEntity#getFieldValues}: a JSON object of field key to
 * value, keys sorted so equal profiles are equal text. JSON because Jackson escapes every character a directory
 * value may hold (quotes, line breaks, control characters, unpaired surrogates as {@code \}{@code uXXXX}) and the
 * rows stay readable in a database console. A row that does not parse (edited by hand, cut by a tool) fails the
 * read with the user named, rather than reading as "no values", so no sync blanks what the row held.
 */
final class PackedValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() { };

    private PackedValues() {
    }

    /**
     * Written with Jackson's generator directly: the same text as {@code writeValueAsString} of the sorted map
     * (PackedValuesTest compares them), without looking up a serializer for every value, which made packing a
     * twentieth of a first sync's writes.
     */
    static String pack(Map<String, String> values) {
        StringWriter text = new StringWriter(64 + values.size() * 48);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
            json.writeStartObject();
            for (Map.Entry<String, String> value : new TreeMap<>(values).entrySet()) {
                json.writeStringField(value.getKey(), value.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write field values as JSON: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** The values in {@code text}; null and empty text (Oracle stores "" as null) hold none. */
    static Map<String, String> unpack(String userKey, String text) {
        if (text == null || text.isEmpty()) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, String> values = MAPPER.readValue(text, VALUES);
            values.replaceAll((field, value) -> value == null ? "" : value);
            return values;
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored values of user key '" + userKey + "' are not readable ("
                    + e.getOriginalMessage() + "); restore the PROFILE_FIELD_SET row from a backup or delete it, and run a"
                    + " full sync", e);
        }
    }
}
