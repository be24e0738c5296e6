package dev.profilesync.core;

import java.util.Collection;
import java.util.Optional;

/** Turns a DN found in an attribute (e.g. manager) into the username of that entry. */
@FunctionalInterface
interface DnResolver {
    Optional<String> usernameOf(String dn);

    /**
     * Says which DNs are about to be asked for, so that a resolver can look them up together; answers stay those of
     * {@link #usernameOf}. The default does nothing.
     */
    default void prefetch(Collection<String> dns) {
    }
}
