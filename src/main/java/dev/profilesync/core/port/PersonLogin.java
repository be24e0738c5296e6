package dev.profilesync.core.port;

import java.util.Optional;

/**
 * Port: checks a person's own directory credentials, by binding as their entry; the self-service login of a host
 * that has no login of its own (the standalone runner). Thread-safe.
 */
public interface PersonLogin {

    /**
     * The username as the directory spells it when the directory accepted the password; empty when it did not or
     * nobody has that username. The caller clears the password array afterwards.
     *
     * @throws dev.profilesync.core.DirectoryException when no directory could be asked (unreachable, bad read bind)
     */
    Optional<String> authenticate(String username, char[] password);
}
