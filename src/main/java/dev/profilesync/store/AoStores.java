package dev.profilesync.store;

import dev.profilesync.core.ProfileStore;
import dev.profilesync.core.SettingsStore;
import dev.profilesync.core.SyncHistory;

/**
 * The engine's storage ports over Active Objects tables (placeholder: the store adapter fills this in).
 * {@link #open(DatabaseConfig)} is for the standalone host and tests; Confluence's binding builds it over the
 * host's ActiveObjects service.
 */
public final class AoStores implements AutoCloseable {

    public static AoStores open(DatabaseConfig database) {
        throw new UnsupportedOperationException("not yet");
    }

    public ProfileStore profiles() {
        throw new UnsupportedOperationException("not yet");
    }

    public SettingsStore settings() {
        throw new UnsupportedOperationException("not yet");
    }

    public SyncHistory history() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
