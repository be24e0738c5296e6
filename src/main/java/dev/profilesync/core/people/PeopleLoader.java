package dev.profilesync.core.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.ProfileStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads everyone readers may see from the ports, in bulk: every stored profile (paged by the store) and every user
 * the host lists, joined by user key, with the policies of the settings applied. Stateless; one call reads the
 * stores once.
 */
final class PeopleLoader {
    /** Fields whose value is a person's name when the host keeps none (the standalone host keeps none). */
    static final List<String> NAME_FIELDS = List.of("full-name", "display-name", "displayname", "name", "cn");

    private final ProfileStore profiles;
    private final HostUsers hostUsers;

    PeopleLoader(ProfileStore profiles, HostUsers hostUsers) {
        this.profiles = profiles;
        this.hostUsers = hostUsers;
    }

    PeopleIndex load(List<FieldDefinition> fields, SyncSettings settings) {
        Map<String, HostUser> unmatched = new HashMap<>();
        for (HostUser user : hostUsers.all()) {
            unmatched.put(user.userKey(), user);
        }
        Optional<String> nameField = NAME_FIELDS.stream()
                .filter(key -> fields.stream().anyMatch(f -> f.key().equals(key))).findFirst();
        Values values = new Values(fields);
        List<Person> people = new ArrayList<>();
        profiles.forEach(profile -> {
            HostUser host = unmatched.remove(profile.userKey());
            if (host == null) {
                host = hostUsers.byUsername(profile.username())
                        .filter(user -> user.userKey().equals(profile.userKey())).orElse(null);
            }
            people.add(person(profile, host, values.of(profile), nameField, settings));
        });
        for (HostUser user : unmatched.values()) {
            StoredProfile none = new StoredProfile(user.userKey(), user.username(), "", Map.of());
            people.add(person(none, user, Map.of(), nameField, settings));
        }
        return PeopleIndex.of(fields, people);
    }

    private static Person person(StoredProfile profile, HostUser host, Map<String, String> values,
                                 Optional<String> nameField, SyncSettings settings) {
        boolean listed = host != null && settings.activeUserPolicy().isActive(host)
                && settings.unlicensedPolicy().isListed(host);
        String username = host != null ? host.username() : profile.username();
        String fullName = host != null && !host.fullName().isEmpty() ? host.fullName()
                : nameField.map(values::get).orElse(null);
        return new Person(profile.userKey(), username.isEmpty() ? profile.userKey() : username, fullName, values, listed);
    }

    /**
     * The values of the defined fields only, with repeated values (a department, a location) shared rather than
     * kept once per person: at 100,000 people that is most of the index's memory.
     */
    private static final class Values {
        private final List<String> keys;
        private final Map<String, String> shared = new HashMap<>();

        Values(List<FieldDefinition> fields) {
            this.keys = fields.stream().map(FieldDefinition::key).toList();
        }

        Map<String, String> of(StoredProfile profile) {
            Map<String, String> kept = new HashMap<>();
            for (String key : keys) {
                String value = profile.values().get(key);
                if (value != null && !value.isEmpty()) {
                    kept.put(key, value.length() <= 64 ? shared.computeIfAbsent(value, v -> v) : value);
                }
            }
            return kept;
        }
    }
}
