package dev.profilesync.confluence;

import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * The engine inside Confluence (placeholder: wired to the ports once the store adapter offers
 * {@code AoStores.over(AoAccess)}).
 */
@Named
public class ProfileSyncRuntime implements SyncService {

    @Inject
    public ProfileSyncRuntime(HostServices host) {
    }

    @Override
    public SyncReport run(SyncRequest request) {
        throw new UnsupportedOperationException("not yet: waits for the store adapter");
    }

    @Override
    public SyncSettings settings() {
        throw new UnsupportedOperationException("not yet: waits for the store adapter");
    }

    @Override
    public boolean readOnly() {
        throw new UnsupportedOperationException("not yet: waits for the store adapter");
    }
}
