package dev.profilesync.core;

import java.util.Map;
import java.util.Objects;

/**
 * The profile values stored for one user, keyed by the host's user key.
 *
 * @param userKey   the host's stable key
 * @param username  the username at the last sync, for readers and exports
 * @param entryUuid the directory entry's stable id at the last sync (entryUUID / objectGUID)
 * @param values    field key to value; a field without a value is absent
 */
public record StoredProfile(String userKey, String username, String entryUuid, Map<String, String> values) {
    public StoredProfile {
        Objects.requireNonNull(userKey, "userKey");
        username = username == null ? "" : username;
        entryUuid = entryUuid == null ? "" : entryUuid;
        values = Map.copyOf(values);
    }
}
