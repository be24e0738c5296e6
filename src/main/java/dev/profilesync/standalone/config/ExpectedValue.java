package dev.profilesync.standalone.config;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Says, in the words of the config file's reader rather than of Java, what kind of value belongs where a wrong one
 * was found: "a whole number without quotes", "a list in [brackets]". Never names a class. Stateless.
 */
final class ExpectedValue {
    private ExpectedValue() {
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the kind shown in docs/configuration.md";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number without quotes, e.g. 500";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false, without quotes";
        }
        if (type == String.class) {
            return "a text in double quotes";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list in square brackets, e.g. [ ... ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object in braces, e.g. { \"name\": value }";
        }
        return "a value of the kind shown in docs/configuration.md";
    }
}
