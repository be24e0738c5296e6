package dev.profilesync.engine;

import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.port.ProfileStore;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/** A real profile store that counts the users whose values are loaded, and can fail its next write. */
final class CountingProfiles implements ProfileStore {
    private final ProfileStore real;
    int usersLoaded;
    int usersAskedForDigests;
    boolean failNextWrite;
    /** Runs once the full run's digest read is done: another writer acting while the run goes on. */
    Runnable afterDigestRead = () -> { };

    CountingProfiles(ProfileStore real) {
        this.real = real;
    }

    @Override
    public Map<String, StoredProfile> load(Collection<String> userKeys) {
        usersLoaded += userKeys.size();
        return real.load(userKeys);
    }

    @Override
    public void write(Collection<ProfileUpdate> updates) {
        write(updates, java.util.Set.of());
    }

    @Override
    public void write(Collection<ProfileUpdate> updates, java.util.Set<String> takenForNew) {
        if (failNextWrite) {
            failNextWrite = false;
            throw new IllegalStateException("the database refused the batch (test)");
        }
        real.write(updates, takenForNew);
    }

    @Override
    public boolean keepsSyncDigests() {
        return real.keepsSyncDigests();
    }

    @Override
    public Map<String, String> syncDigests(Collection<String> userKeys) {
        usersAskedForDigests += userKeys.size();
        return real.syncDigests(userKeys);
    }

    @Override
    public void forEachSyncDigest(java.util.function.BiConsumer<String, String> visitor) {
        real.forEachSyncDigest(visitor);
        afterDigestRead.run();
    }

    @Override
    public void forEach(Consumer<StoredProfile> visitor) {
        real.forEach(visitor);
    }
}
