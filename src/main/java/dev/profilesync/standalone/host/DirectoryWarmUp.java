package dev.profilesync.standalone.host;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.port.DirectoryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/**
 * Connects to each directory (bind and base DN lookups, as the admin page's connection test does) on a background
 * thread while the main thread opens the database. Opening the embedded database and checking its tables takes
 * most of a {@code sync}'s start-up; meanwhile the second core loads the LDAP classes and the connection's costs
 * are paid, and a directory that cannot be reached is named in the log early. The sync's own reads do not depend on
 * it: a failed warm-up is only logged, and the sync reports the directory's problem itself.
 */
public final class DirectoryWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWarmUp.class);

    private DirectoryWarmUp() {
    }

    public static void start(List<DirectoryReader> readers) {
        Thread thread = new Thread(() -> readers.forEach(DirectoryWarmUp::warmUp), "directory-warm-up");
        // The sync must never wait for the warm-up, not even at exit.
        thread.setDaemon(true);
        thread.start();
    }

    private static void warmUp(DirectoryReader reader) {
        try {
            ConnectionTest test = reader.testConnection(Set.of(), 0);
            if (!test.ok()) {
                LOG.debug("directory {} not reachable at start-up: {}", reader.id(), test.message());
            }
        } catch (RuntimeException e) {
            // Only an early hint: the sync's own read reports and counts the failure.
            LOG.debug("warming up directory {} failed", reader.id(), e);
        }
    }
}
