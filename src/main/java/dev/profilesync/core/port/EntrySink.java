package dev.profilesync.core.port;

import dev.profilesync.core.DirectoryEntry;
/**
 * Receives entries as a directory streams them; one call per entry, on the reading thread. Readers let any
 * exception thrown by a sink propagate unchanged (it is how the engine stops a run), and never wrap it.
 */
public interface EntrySink {
    void entry(DirectoryEntry entry);

    /** An entry that could not be turned into a {@link DirectoryEntry}, e.g. it lacks the username attribute. */
    void unreadable(String dn, String reason);
}
