package dev.profilesync.core.people;

import java.util.Map;
import java.util.Objects;

/**
 * One person as readers see them: who they are and their stored values. Immutable.
 *
 * @param userKey  the host's stable key
 * @param username the login name, as the host spells it
 * @param fullName the name shown; the username when nobody knows better
 * @param values   field key to value, only fields with a value
 * @param listed   the policies let this person appear in the People Directory, the Profile List and org charts;
 *                 an unlisted person is named (as someone's manager) but never linked
 */
public record Person(String userKey, String username, String fullName, Map<String, String> values, boolean listed) {
    public Person {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        fullName = fullName == null || fullName.isBlank() ? username : fullName;
        values = Map.copyOf(values);
    }

    /** The value of a field, or the empty string. */
    public String value(String fieldKey) {
        return values.getOrDefault(fieldKey, "");
    }
}
