package dev.profilesync.core;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lower-case attribute names, remembered: the mapping asks for the same dozen names for every entry of a run, and
 * lower-casing {@code telephoneNumber} each time was a tenth of an unchanged full sync. Thread-safe; it keeps at most
 * {@value #MAX_NAMES} names, then lower-cases without remembering.
 */
final class AttributeNames {
    private static final int MAX_NAMES = 1_000;
    private static final Map<String, String> LOWER = new ConcurrentHashMap<>();

    private AttributeNames() {
    }

    static String lowerCase(String attribute) {
        String lower = LOWER.get(attribute);
        if (lower != null) {
            return lower;
        }
        lower = attribute.toLowerCase(Locale.ROOT);
        if (LOWER.size() < MAX_NAMES) {
            LOWER.put(attribute, lower);
        }
        return lower;
    }
}
