package dev.profilesync.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a request body in the page's terms: which property, and what kind of value it takes.
 * The JSON library's own messages name Java classes and parser tokens; they go to no one. Stateless.
 */
final class BodyProblem {
    private BodyProblem() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : " Known here: " + unknown.getKnownPropertyIds()
                    .stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)) + ".";
            return "The request has a property '" + unknown.getPropertyName() + "' that this action does not take: "
                    + "remove it." + known;
        }
        if (e instanceof MismatchedInputException mismatch) {
            return path(mismatch).isEmpty() ? "The request body must be a JSON object, e.g. {\"key\": \"title\"}."
                    : "'" + path(mismatch) + "' must be " + kind(mismatch.getTargetType()) + ".";
        }
        if (e instanceof StreamReadException) {
            return "The request body is not valid JSON" + where(e.getLocation()) + ": send a JSON object, e.g. "
                    + "{\"enabled\": true}.";
        }
        return "The request body does not fit this action: send a JSON object with the properties the page sends.";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        List<JsonMappingException.Reference> references = e.getPath();
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
            return "a list";
        }
        return "an object with the properties the page sends";
    }
}
