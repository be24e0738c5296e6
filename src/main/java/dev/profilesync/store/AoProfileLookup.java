package dev.profilesync.store;

import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The admin page's look-ups on the identity table ({@link ProfileEntity}): usernames by prefix and when a profile was
 * last written. Kept apart from {@link AoProfileStore}'s bulk reads and writes, which the sync's speed depends on.
 * Thread-safe.
 */
final class AoProfileLookup {
    /** Escapes LIKE's wildcards in the typed prefix; '!' rather than '\', whose meaning in literals varies by database. */
    private static final char ESCAPE = '!';

    private final AoAccess ao;

    AoProfileLookup(AoAccess ao) {
        this.ao = ao;
    }

    /**
     * AO quotes column names only where they stand before an operator, so {@code LOWER(USERNAME)} would reach
     * PostgreSQL unquoted and fail; the prefix is instead tried as typed, lower case, upper case and capitalised,
     * which finds every name in one of those spellings whatever the database's collation. A mixed-case name
     * (McDonald) is found when typed in its own case.
     */
    List<String> usernamesStartingWith(String prefix, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<String> patterns = spellings(prefix).stream().map(p -> likeEscaped(p) + "%").toList();
        String criteria = String.join(" OR ",
                Collections.nCopies(patterns.size(), "USERNAME LIKE ? ESCAPE '" + ESCAPE + "'"));
        Query query = Query.select("ID, USERNAME").where(criteria, patterns.toArray()).order("USERNAME")
                .limit(limit * patterns.size());
        String lower = prefix.toLowerCase(Locale.ROOT);
        return ao.executeInTransaction(() -> {
            List<String> names = new ArrayList<>();
            ao.stream(ProfileEntity.class, query, (ProfileEntity row) -> names.add(row.getUsername()));
            return names.stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith(lower)).distinct()
                    .sorted(String.CASE_INSENSITIVE_ORDER).limit(limit).toList();
        });
    }

    private static Set<String> spellings(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        String capitalised = lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        return new LinkedHashSet<>(List.of(prefix, lower, prefix.toUpperCase(Locale.ROOT), capitalised));
    }

    Optional<Instant> lastWritten(String userKey) {
        return ao.executeInTransaction(() -> {
            ProfileEntity[] rows = ao.find(ProfileEntity.class,
                    Query.select("ID, USER_KEY, UPDATED_MILLIS").where("USER_KEY = ?", userKey).limit(1));
            return rows.length == 0 ? Optional.<Instant>empty()
                    : Optional.of(Instant.ofEpochMilli(rows[0].getUpdatedMillis()));
        });
    }

    static String likeEscaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
