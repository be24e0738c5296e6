package dev.profilesync.core.port;

import dev.profilesync.core.HostUser;

import java.util.List;
import java.util.Optional;

/**
 * Port: the users the host (Confluence or the standalone runner) knows.
 * Threading: called from a run's thread, from login-sync workers and from request threads at the same time;
 * implementations are thread-safe and hold no state between calls.
 */
public interface HostUsers {

    /**
     * Every user the host lists up front, active or not; policies are applied by the engine. A host may know more
     * users than it lists (see {@link #byUsername}).
     */
    List<HostUser> all();

    /**
     * The user with this username, compared case-insensitively; the engine asks for directory entries whose
     * username {@link #all()} did not list, so it should be cheap for names the host does not know.
     */
    Optional<HostUser> byUsername(String username);
}
