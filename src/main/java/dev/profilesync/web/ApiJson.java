package dev.profilesync.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/** Reads request bodies and writes response bodies; one shared, thread-safe mapper. */
final class ApiJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private ApiJson() {
    }

    static ApiResponse ok(Object body) {
        return response(200, body);
    }

    static ApiResponse response(int status, Object body) {
        try {
            return new ApiResponse(status, MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the JSON answer: " + e.getOriginalMessage(), e);
        }
    }

    static ApiResponse message(int status, String message) {
        return response(status, Map.of("message", message));
    }

    static ApiResponse fieldErrors(List<FieldError> errors) {
        return response(400, Map.of("errors", errors));
    }

    /** The body as an object tree; an empty body reads as an empty object. */
    static JsonNode tree(String body) {
        if (body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(BodyProblem.describe(e));
        }
    }

    static <T> T read(String body, Class<T> type) {
        try {
            return MAPPER.readValue(body.isBlank() ? "{}" : body, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(BodyProblem.describe(e));
        }
    }

    /** One validation error, shown next to the form field it names. */
    record FieldError(String field, String message) {
    }

    /** Escapes the characters that mean something in HTML, so no value can close a tag or open one. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Only called for ESCAPE_CUSTOM; the standard \\uXXXX escape covers everything configured above.
            return new SerializedString(String.format("\\u%04x", ch));
        }
    }
}
