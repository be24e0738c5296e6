package dev.profilesync.standalone.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;

/** Describes Jackson's parse and mapping errors in the runner's words: where in the file, and what is wrong. */
final class JsonErrors {
    private JsonErrors() {
    }

    /** "line 3, column 7: <problem>" */
    static String describe(JacksonException e) {
        String problem = e.getOriginalMessage().lines().findFirst().orElse("malformed")
                .replaceAll("\\[Source: [^;\\]]*; ", "[")
                // The parser's hints name its own switches ("enable `JsonReadFeature.X` to allow"): not the admin's.
                .replaceAll("[:;,]? *\\(?enable `[^`]*` to allow\\)?", "")
                .replaceAll("`[^`]*`", "a value");
        return where(e) + ": " + problem;
    }

    static String where(JacksonException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "(position unknown)";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON path of a mapping error as a setting name, e.g. {@code directories[0].bindDn}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = e.getPath();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
