package dev.profilesync.core;

import dev.profilesync.core.port.SettingsStore;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The settings and the synced field definitions as of the store's last change stamp: a run whose stamp matches takes
 * them without reading them again (a login sync would otherwise read both on every login). The stamp is read before
 * what it stands for, so a save that lands in between changes the next run's stamp and that run reads again. Without
 * a stamp ({@link SettingsStore#changeStamp()} empty) every run reads. Thread-safe.
 */
final class SettingsCache {
    private final AtomicReference<Entry> last = new AtomicReference<>();

    /** What a run uses: the settings and the fields with sync enabled, in display order. */
    record Entry(String stamp, SyncSettings settings, List<FieldDefinition> fields) {
    }

    Entry current(SettingsStore store) {
        Optional<String> stamp = store.changeStamp();
        Entry kept = last.get();
        if (stamp.isPresent() && kept != null && kept.stamp().equals(stamp.get())) {
            return kept;
        }
        Entry read = new Entry(stamp.orElse(""), store.settings(),
                store.fields().stream().filter(FieldDefinition::syncEnabled).toList());
        if (stamp.isPresent()) {
            last.set(read);
        }
        return read;
    }
}
