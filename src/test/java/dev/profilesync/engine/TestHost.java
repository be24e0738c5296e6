package dev.profilesync.engine;

import dev.profilesync.core.HostUser;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.RunLock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The host side of the engine for tests: the users Confluence would know, its read-only switch and its lock.
 * Confluence itself cannot run here; these are the only stand-ins the engine tests use.
 */
final class TestHost implements HostUsers, AccessMode, RunLock, DirectoryCatalog {
    final List<HostUser> users = new ArrayList<>();
    final List<DirectoryReader> readers = new ArrayList<>();
    final AtomicBoolean readOnly = new AtomicBoolean();
    private final Map<String, Boolean> held = new ConcurrentHashMap<>();

    TestHost withUsers(String... usernames) {
        for (String name : usernames) {
            users.add(HostUser.active(name));
        }
        return this;
    }

    void replaceUser(String username, HostUser replacement) {
        users.removeIf(u -> u.username().equalsIgnoreCase(username));
        users.add(replacement);
    }

    @Override
    public List<HostUser> all() {
        return List.copyOf(users);
    }

    @Override
    public Optional<HostUser> byUsername(String username) {
        return users.stream().filter(u -> u.username().toLowerCase(Locale.ROOT)
                .equals(username.toLowerCase(Locale.ROOT))).findFirst();
    }

    @Override
    public boolean isReadOnly() {
        return readOnly.get();
    }

    @Override
    public Optional<Lease> tryAcquire(String name) {
        if (held.putIfAbsent(name, Boolean.TRUE) != null) {
            return Optional.empty();
        }
        return Optional.of(() -> held.remove(name));
    }

    @Override
    public List<DirectoryReader> directories() {
        return List.copyOf(readers);
    }
}
