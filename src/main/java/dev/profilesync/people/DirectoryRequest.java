package dev.profilesync.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.PeopleQuery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A People Directory search as the page's form sends it: {@code q} (words), {@code f.<field>} (one filter per
 * field), {@code sort} ({@code name} or a field key) and {@code page} (from 1). Parameters it does not know, and
 * filters on fields that do not offer one, are ignored: the form only sends what the page offered. Immutable.
 */
public record DirectoryRequest(String text, Map<String, String> filters, String sortBy, int page) {
    static final String FILTER_PREFIX = "f.";

    public DirectoryRequest {
        text = text == null ? "" : text.strip();
        filters = Map.copyOf(filters);
        page = Math.max(1, page);
    }

    /** Reads the form's parameters, keeping only filters and sorts on fields the index offers. */
    public static DirectoryRequest parse(Map<String, String> params, PeopleIndex index) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (FieldDefinition field : index.fields()) {
            String value = params.get(FILTER_PREFIX + field.key());
            if (value != null && !value.isBlank() && field.display().searchable()) {
                filters.put(field.key(), value.strip());
            }
        }
        String sort = params.getOrDefault("sort", PeopleQuery.SORT_BY_NAME);
        boolean knownSort = index.fields().stream().anyMatch(f -> f.key().equals(sort));
        return new DirectoryRequest(limited(params.get("q")), filters, knownSort ? sort : PeopleQuery.SORT_BY_NAME,
                pageNumber(params.get("page")));
    }

    public PeopleQuery query() {
        return new PeopleQuery(text, filters, Optional.empty(), sortBy, (page - 1) * PeopleQuery.PAGE_SIZE,
                PeopleQuery.PAGE_SIZE);
    }

    /** This search's parameters for another page, as a query string (without the leading '?'). */
    String queryString(int otherPage) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            params.put("q", text);
        }
        filters.forEach((key, value) -> params.put(FILTER_PREFIX + key, value));
        if (!sortBy.equals(PeopleQuery.SORT_BY_NAME)) {
            params.put("sort", sortBy);
        }
        if (otherPage > 1) {
            params.put("page", Integer.toString(otherPage));
        }
        StringBuilder query = new StringBuilder();
        params.forEach((key, value) -> query.append(query.length() == 0 ? "" : "&").append(encode(key)).append('=')
                .append(encode(value)));
        return query.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String limited(String text) {
        // A search box, not a document: a long paste is cut rather than scanned.
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static int pageNumber(String raw) {
        try {
            return raw == null ? 1 : Math.max(1, Math.min(Integer.parseInt(raw.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
