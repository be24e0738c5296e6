package dev.profilesync.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.people.PeopleQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters of the {@code profile-list} macro, checked against the field definitions. Immutable.
 *
 * @param filters field key to value, all of which must match ({@code filter=department=Sales,location=Berlin})
 * @param group   only members of this group (Confluence only)
 * @param columns the fields shown, in order ({@code fields=title,phone}); every field shown on cards by default
 * @param sortBy  {@code name} or a field key
 * @param limit   how many people at most, 1 to {@value #MAX_LIMIT}
 * @param layout  a table, or a grid of cards
 */
public record ProfileListParameters(Map<String, String> filters, Optional<String> group, List<FieldDefinition> columns,
                                    String sortBy, int limit, Layout layout) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000;

    /** How the list is laid out. */
    public enum Layout { TABLE, CARDS }

    public ProfileListParameters {
        filters = Map.copyOf(filters);
        columns = List.copyOf(columns);
    }

    /**
     * Reads the macro's parameters.
     *
     * @param groupsSupported whether the host knows groups (Confluence does, the standalone host does not)
     * @throws ParameterException naming the first parameter that cannot be used
     */
    public static ProfileListParameters parse(Map<String, String> raw, List<FieldDefinition> fields,
                                              boolean groupsSupported) {
        Map<String, String> params = raw == null ? Map.of() : raw;
        Map<String, String> filters = new LinkedHashMap<>();
        Optional<String> group = Optional.empty();
        for (String pair : split(params.get("filter"), "[,;]")) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || pair.substring(equals + 1).isBlank()) {
                throw new ParameterException("filter", "'" + pair + "' is not field=value; write e.g. "
                        + "department=Sales, location=Berlin");
            }
            String key = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (key.equalsIgnoreCase("group")) {
                if (!groupsSupported) {
                    throw new ParameterException("filter", "group filters work inside Confluence only");
                }
                group = Optional.of(value);
            } else {
                filters.put(field(fields, key, "filter").key(), value);
            }
        }
        List<FieldDefinition> columns = new ArrayList<>();
        for (String key : split(params.get("fields"), ",")) {
            columns.add(field(fields, key, "fields"));
        }
        if (columns.isEmpty()) {
            fields.stream().filter(f -> f.display().shownOnCards()).forEach(columns::add);
        }
        String sort = blankToNull(params.get("sort"));
        String sortBy = sort == null || sort.equalsIgnoreCase(PeopleQuery.SORT_BY_NAME) ? PeopleQuery.SORT_BY_NAME
                : field(fields, sort, "sort").key();
        return new ProfileListParameters(filters, group, columns, sortBy, limit(params.get("limit")),
                layout(params.get("layout")));
    }

    /** The query that selects these people; {@code members} are the group's, when a group was given. */
    public PeopleQuery query(Optional<java.util.Set<String>> members) {
        return new PeopleQuery("", filters, members, sortBy, 0, limit);
    }

    private static FieldDefinition field(List<FieldDefinition> fields, String keyOrLabel, String parameter) {
        String wanted = keyOrLabel.strip();
        return fields.stream().filter(f -> f.key().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> fields.stream().filter(f -> f.label().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new ParameterException(parameter, "'" + wanted + "' is not a profile field; use "
                        + (fields.isEmpty() ? "a field defined on the Advanced Options page"
                        : fields.stream().map(FieldDefinition::key).collect(Collectors.joining(", ")))));
    }

    private static int limit(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which says what to write.
        }
        throw new ParameterException("limit", "'" + value + "' is not a number from 1 to " + MAX_LIMIT
                + "; leave it empty for " + DEFAULT_LIMIT);
    }

    private static Layout layout(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return Layout.TABLE;
        }
        try {
            return Layout.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException("layout", "'" + value + "' is not a layout; use table or cards");
        }
    }

    private static List<String> split(String raw, String separators) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : raw.split(separators)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
