package dev.profilesync.core.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the People Directory or a Profile List. Immutable.
 *
 * @param text     words, each of which must begin a word of the person's name, username or a searchable field
 *                 (case and accents ignored); blank for everyone
 * @param filters  field key to value, all of which must match (case and accents ignored)
 * @param members  when present, only these usernames (a Confluence group's members, say)
 * @param sortBy   {@link #SORT_BY_NAME} or a field key; people without a value sort last
 * @param offset   how many matches to skip
 * @param limit    how many to return at most
 */
public record PeopleQuery(String text, Map<String, String> filters, Optional<Set<String>> members, String sortBy,
                          int offset, int limit) {
    public static final String SORT_BY_NAME = "name";
    public static final int PAGE_SIZE = 50;

    public PeopleQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(filters));
        members = members == null ? Optional.empty() : members.map(Set::copyOf);
        sortBy = sortBy == null || sortBy.isBlank() ? SORT_BY_NAME : sortBy;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** Everyone, by name, first page. */
    public static PeopleQuery everyone() {
        return new PeopleQuery("", Map.of(), Optional.empty(), SORT_BY_NAME, 0, PAGE_SIZE);
    }
}
