package dev.profilesync.core.port;

/**
 * How login syncs fared since the host started, for the page's status: a login sync that could not wait (the queue
 * was full, or the app stopped) is dropped, and an admin should see that rather than find it in a log. Hosts
 * without login sync (the standalone runner) have none. Implementations are thread-safe.
 */
public interface LoginSyncCounts {

    /** Login syncs handed to the worker. */
    long queued();

    /** Of those, how many were dropped before they ran. */
    long dropped();
}
