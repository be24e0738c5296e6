package dev.profilesync.core;

import java.time.Instant;
import java.util.Optional;

/**
 * What the engine remembers between runs.
 *
 * @param lastSyncTime        start of the last successful full or incremental run; empty forces a full run
 * @param mappingFingerprint  the field mappings that run used; a different set forces a full run
 * @param lastFullEntryCount  entries the last full run read, for the safety threshold
 */
public record SyncState(Optional<Instant> lastSyncTime, String mappingFingerprint, long lastFullEntryCount) {
    public SyncState {
        lastSyncTime = lastSyncTime == null ? Optional.empty() : lastSyncTime;
        mappingFingerprint = mappingFingerprint == null ? "" : mappingFingerprint;
    }

    public static SyncState initial() {
        return new SyncState(Optional.empty(), "", 0);
    }

    public SyncState withLastSyncTime(Optional<Instant> time) {
        return new SyncState(time, mappingFingerprint, lastFullEntryCount);
    }
}
