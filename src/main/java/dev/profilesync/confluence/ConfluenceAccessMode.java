package dev.profilesync.confluence;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import dev.profilesync.core.port.AccessMode;

/** Confluence's read-only (maintenance) mode, as the engine's {@link AccessMode} port. */
final class ConfluenceAccessMode implements AccessMode {
    private final AccessModeService accessModes;

    ConfluenceAccessMode(AccessModeService accessModes) {
        this.accessModes = accessModes;
    }

    @Override
    public boolean isReadOnly() {
        return accessModes.isReadOnlyAccessModeEnabled();
    }
}
