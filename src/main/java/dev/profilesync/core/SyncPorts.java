package dev.profilesync.core;

import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.PictureProcessor;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.core.port.RunLock;
import dev.profilesync.core.port.SettingsStore;
import dev.profilesync.core.port.SyncHistory;

import java.util.Objects;

/** Everything the engine talks to, supplied by the host's adapters. */
public record SyncPorts(DirectoryCatalog directories, HostUsers hostUsers, ProfileStore profiles,
                        SettingsStore settings, SyncHistory history, AccessMode accessMode, RunLock runLock,
                        PictureProcessor pictures) {
    public SyncPorts {
        Objects.requireNonNull(directories, "directories");
        Objects.requireNonNull(hostUsers, "hostUsers");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(accessMode, "accessMode");
        Objects.requireNonNull(runLock, "runLock");
        pictures = pictures == null ? PictureProcessor.NONE : pictures;
    }

    /** Ports of a host that does not process pictures: PICTURE fields are reported and keep what is stored. */
    public SyncPorts(DirectoryCatalog directories, HostUsers hostUsers, ProfileStore profiles, SettingsStore settings,
                     SyncHistory history, AccessMode accessMode, RunLock runLock) {
        this(directories, hostUsers, profiles, settings, history, accessMode, runLock, PictureProcessor.NONE);
    }
}
