package dev.profilesync.confluence;

import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;

/**
 * What Confluence's entry points (scheduled job, login listener, admin servlet) need from the engine. Implemented
 * by {@link ConfluenceHost}; tests give a plain substitute.
 */
interface SyncService {

    /** Runs on the calling thread; refusals (already running, read-only) come back as reports. */
    SyncReport run(SyncRequest request);

    SyncSettings settings();

    boolean readOnly();
}
