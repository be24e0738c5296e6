package dev.profilesync.core;

import java.util.Optional;

/** Turns a DN found in an attribute (e.g. manager) into the username of that entry. */
@FunctionalInterface
interface DnResolver {
    Optional<String> usernameOf(String dn);
}
