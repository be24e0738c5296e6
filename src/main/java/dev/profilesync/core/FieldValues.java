package dev.profilesync.core;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A field's value as the directory holds it and the checks a person's input must pass, for self-service editing
 * and write-back; the same rules the sync applies to directory values. Stateless.
 */
public final class FieldValues {
    private FieldValues() {
    }

    /**
     * The value of a field with its own attribute, as the sync would store it (first value, or all joined), without
     * the sync's checks: write-back compares it, so it must be exactly what the directory holds. Empty when none.
     *
     * A PICTURE field's value is the digest of its first value's bytes, as the sync stores it.
     *
     * @param attributes values by lower-case attribute name (binary ones in Base64, as a {@link DirectoryEntry} holds
     *                   them)
     */
    public static String directoryValue(FieldDefinition field, Map<String, List<String>> attributes) {
        List<String> values = attributes.get(field.ldapAttribute().toLowerCase(Locale.ROOT));
        if (values == null || values.isEmpty()) {
            return "";
        }
        if (field.type() == FieldType.PICTURE) {
            return pictureDigest(values.get(0));
        }
        if (field.multiValue() == MultiValue.FIRST || values.size() == 1) {
            return values.get(0).strip();
        }
        return String.join(field.type() == FieldType.MULTILINE ? "\n" : ", ", values).strip();
    }

    private static String pictureDigest(String base64) {
        try {
            return Picture.digestOf(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            // Not binary data (a reader that ignored the hint): no digest the write bind's read could ever match,
            // so a save meets a conflict instead of overwriting a picture it never saw.
            return "";
        }
    }

    /** Why a person's value cannot be stored in the field, in words for the form; empty when it can. */
    public static Optional<String> inputProblem(FieldDefinition field, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!FieldMapper.isValidText(value, field.type() == FieldType.MULTILINE)) {
            return Optional.of("contains characters a profile cannot hold (control characters)");
        }
        if (value.length() > field.type().maxLength()) {
            return Optional.of("is " + value.length() + " characters long; at most " + field.type().maxLength()
                    + " fit");
        }
        if (field.type() == FieldType.SELECT && field.options().stream().noneMatch(value::equals)) {
            return Optional.of("must be one of " + String.join(", ", field.options()));
        }
        return Optional.empty();
    }
}
