package dev.profilesync.core.port;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.TimestampPattern;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: reads user entries from one directory. Implementations page through large results on one connection and
 * throw {@link DirectoryException} when the directory cannot be read whole (unreachable, bad credentials, a size
 * limit hit, paging dropped) so that a partial answer is never mistaken for the whole directory.
 * Implementations are safe for use by one run at a time; {@link #readUser} may be called concurrently.
 */
public interface DirectoryReader {

    /** Stable id the host uses for this directory (see {@link HostUser#directoryId()}). */
    String id();

    /** Name shown in reports. */
    String name();

    /**
     * Names the attributes that hold bytes (those of PICTURE fields), replacing the previous list: a reader that must
     * be told (JNDI decodes undeclared values as text, destroying bytes) reads them as bytes from now on and hands them
     * over as Base64, like every binary value. The engine calls it before each run.
     */
    default void readAsBinary(Set<String> attributes) {
    }

    /** Streams every user entry, with the given attributes. */
    void readAll(Set<String> attributes, EntrySink sink);

    /**
     * Streams the user entries changed at or after the given time, already written in the directory's timestamp
     * format (see {@link TimestampPattern}).
     */
    void readChangedSince(String timestamp, Set<String> attributes, EntrySink sink);

    /** Reads one user by username; the username is escaped, never pasted into the filter. */
    Optional<DirectoryEntry> readUser(String username, Set<String> attributes);

    /**
     * The username of the entry with this DN, for fields that reference people (e.g. manager).
     * Threading: the engine calls it from its own thread while a read of this or another directory is going on
     * (the read runs on a reader thread, one batch ahead), so implementations must answer on a connection that is
     * not the running read's, or only reuse the read's connection when called on the reading thread itself (the
     * LDAP adapter keeps the running read's connection in a thread-local for that case and otherwise uses a spare
     * connection of its own). Login syncs call it from their own threads at the same time: safe from any thread.
     */
    Optional<String> usernameOfDn(String dn);

    /**
     * The usernames of many DNs at once, for a batch of entries that reference people: fewer round trips than
     * {@link #usernameOfDn} for each. Keyed by each DN exactly as given; a DN is in the answer only when its entry was
     * found and has a username, with the username {@link #usernameOfDn} would give. Nothing else is promised: any
     * DN may be missing (not found, not a DN, not searchable this way, a search that failed or was cut short), and
     * the caller reads the missing ones with {@link #usernameOfDn}, which alone says that a DN resolves to nothing.
     * Never throws for a failed lookup; it answers with what it found. Threading as {@link #usernameOfDn}. The
     * default finds nothing, which leaves every DN to {@link #usernameOfDn}.
     */
    default Map<String, String> usernamesOfDns(Collection<String> dns) {
        return Map.of();
    }

    /** Binds, checks that the search base exists and reads a sample of users; reports failures, never throws. */
    ConnectionTest testConnection(Set<String> attributes, int sampleSize);

    /** What admins may see of the settings (URL, base DN, bind DN, filter); never the password. */
    Map<String, String> describe();
}
