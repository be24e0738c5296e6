package dev.profilesync.core;

import java.util.List;
import java.util.Optional;

/** Port: the users the host (Confluence or the standalone runner) knows. */
public interface HostUsers {

    /** Every user, active or not; policies are applied by the engine. */
    List<HostUser> all();

    /** The user with this username, compared case-insensitively. */
    Optional<HostUser> byUsername(String username);
}
