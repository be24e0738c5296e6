package dev.profilesync.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user entry as read from a directory: its DN, the username the host knows it by, the directory's stable id of the
 * entry (entryUUID / objectGUID) and the requested attributes. Attribute names are matched case-insensitively, as
 * LDAP does; adapters hand in lower-case keys.
 */
public record DirectoryEntry(String dn, String username, String uuid, Map<String, List<String>> attributes) {

    public DirectoryEntry {
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(username, "username");
        uuid = uuid == null ? "" : uuid;
        attributes = Map.copyOf(attributes);
    }

    /** The values of an attribute, empty when the entry has none. */
    public List<String> values(String attribute) {
        List<String> values = attributes.get(AttributeNames.lowerCase(attribute));
        return values == null ? List.of() : values;
    }
}
