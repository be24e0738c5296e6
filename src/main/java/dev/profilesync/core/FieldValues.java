package dev.profilesync.core;

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
     * @param attributes values by lower-case attribute name
     */
    public static String directoryValue(FieldDefinition field, Map<String, List<String>> attributes) {
        List<String> values = attributes.get(field.ldapAttribute().toLowerCase(Locale.ROOT));
        if (values == null || values.isEmpty()) {
            return "";
        }
        if (field.multiValue() == MultiValue.FIRST || values.size() == 1) {
            return values.get(0).strip();
        }
        return String.join(field.type() == FieldType.MULTILINE ? "\n" : ", ", values).strip();
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
