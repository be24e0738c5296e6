package dev.profilesync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the value of one field from one directory entry: template or attribute, multi-value handling, DN
 * references, then the checks that protect stored data (length, valid text, SELECT options). Stateless and
 * thread-safe.
 */
final class FieldMapper {
    private FieldMapper() {
    }

    static MappedValue map(FieldDefinition field, DirectoryEntry entry, DnResolver dns) {
        Optional<String> raw;
        try {
            raw = field.template().isEmpty() ? fromAttribute(field, entry, dns) : fromTemplate(field, entry, dns);
        } catch (UnresolvedReferenceException e) {
            return new MappedValue.Rejected(e.getMessage());
        }
        if (raw.isEmpty() || raw.get().isBlank()) {
            return MappedValue.MISSING;
        }
        return check(field, raw.get().strip());
    }

    /** The DNs {@link #map} resolves for this field and entry: all values of its attribute, the first of a template's. */
    static List<String> references(FieldDefinition field, DirectoryEntry entry) {
        if (!field.dnToUsername() || field.type() == FieldType.PICTURE) {
            return List.of();
        }
        if (field.template().isEmpty()) {
            return entry.values(field.ldapAttribute());
        }
        List<String> dns = new ArrayList<>();
        for (String attribute : FieldTemplate.of(field.template()).attributes()) {
            List<String> values = entry.values(attribute);
            if (!values.isEmpty()) {
                dns.add(values.get(0));
            }
        }
        return dns;
    }

    private static Optional<String> fromAttribute(FieldDefinition field, DirectoryEntry entry, DnResolver dns) {
        List<String> values = resolved(field, entry.values(field.ldapAttribute()), dns);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (field.multiValue() == MultiValue.FIRST || values.size() == 1) {
            return Optional.of(values.get(0));
        }
        return Optional.of(String.join(field.type() == FieldType.MULTILINE ? "\n" : ", ", values));
    }

    private static Optional<String> fromTemplate(FieldDefinition field, DirectoryEntry entry, DnResolver dns) {
        FieldTemplate template = FieldTemplate.of(field.template());
        List<String> firstValues = new ArrayList<>(template.attributes().size());
        for (String attribute : template.attributes()) {
            List<String> values = resolved(field, entry.values(attribute), dns);
            firstValues.add(values.isEmpty() ? "" : values.get(0));
        }
        String filled = template.fill(firstValues);
        return filled.isEmpty() ? Optional.empty() : Optional.of(filled);
    }

    private static List<String> resolved(FieldDefinition field, List<String> values, DnResolver dns) {
        if (!field.dnToUsername() || values.isEmpty()) {
            return values;
        }
        List<String> usernames = new ArrayList<>(values.size());
        for (String dn : values) {
            usernames.add(dns.usernameOf(dn).orElseThrow(() -> new UnresolvedReferenceException(
                    "field '" + field.key() + "': dangling reference: the DN '" + dn + "' matches no entry in any "
                            + "directory; nothing stored from it, the stored value kept")));
        }
        return usernames;
    }

    private static MappedValue check(FieldDefinition field, String value) {
        if (!isValidText(value, field.type() == FieldType.MULTILINE)) {
            return new MappedValue.Rejected("field '" + field.key() + "': the directory value is not valid text "
                    + "(invalid UTF-8 or control characters); stored value kept");
        }
        if (value.length() > field.type().maxLength()) {
            return new MappedValue.Rejected("field '" + field.key() + "': the directory value has " + value.length()
                    + " characters, more than the " + field.type().maxLength() + " a " + field.type()
                    + " field holds; stored value kept");
        }
        if (field.type() == FieldType.SELECT) {
            return field.options().stream().filter(option -> option.equalsIgnoreCase(value)).findFirst()
                    .<MappedValue>map(MappedValue.Present::new)
                    .orElseGet(() -> new MappedValue.Rejected("field '" + field.key() + "': '" + value
                            + "' is not one of its options " + field.options() + "; stored value kept"));
        }
        return new MappedValue.Present(value);
    }

    /** False for text that came from bytes that were not UTF-8 (decoded to U+FFFD) or holds control characters. */
    static boolean isValidText(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static final class UnresolvedReferenceException extends RuntimeException {
        UnresolvedReferenceException(String message) {
            super(message, null, false, false);
        }
    }
}
