package dev.profilesync.standalone.host;

import dev.profilesync.core.HostUser;
import dev.profilesync.core.Usernames;
import dev.profilesync.core.port.HostUsers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standalone host's users: everyone a directory has is a user; the users file lists the few that are
 * deactivated, hidden or unlicensed. {@link #all()} lists only those, {@link #byUsername} answers for anyone. User keys
 * are normalised lower-case usernames ({@link Usernames#matchKey}), so a profile does not move when only the case of a username changes. Immutable.
 */
final class StandaloneHostUsers implements HostUsers {
    private final Map<String, HostUser> listed;

    /** @param listed users file entries by lower-case username */
    StandaloneHostUsers(Map<String, HostUser> listed) {
        this.listed = Map.copyOf(listed);
    }

    @Override
    public List<HostUser> all() {
        return List.copyOf(listed.values());
    }

    @Override
    public Optional<HostUser> byUsername(String username) {
        String key = Usernames.matchKey(username);
        HostUser user = listed.get(key);
        return Optional.of(user != null ? user
                : new HostUser(key, Usernames.normalise(username), false, false, true, Optional.empty()));
    }
}
