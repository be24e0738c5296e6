package dev.profilesync.standalone.host;

import dev.profilesync.core.port.RunLock;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standalone host's run lock: one holder per name within this process, never waiting. Other runner processes on
 * the same embedded database are kept out by {@link DataFolderLock}. Not re-entrant. Thread-safe.
 */
final class InProcessRunLock implements RunLock {
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Lease> tryAcquire(String name) {
        if (!held.add(name)) {
            return Optional.empty();
        }
        return Optional.of(new Lease() {
            private boolean released;

            @Override
            public synchronized void close() {
                if (!released) {
                    released = true;
                    held.remove(name);
                }
            }
        });
    }
}
