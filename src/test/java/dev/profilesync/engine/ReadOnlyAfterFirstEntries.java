package dev.profilesync.engine;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.EntrySink;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A real reader whose host switches to read-only mode after a number of entries, as an admin might mid-run. */
final class ReadOnlyAfterFirstEntries implements DirectoryReader {
    private final DirectoryReader real;
    private final TestHost host;
    private final int entriesBeforeReadOnly;

    ReadOnlyAfterFirstEntries(DirectoryReader real, TestHost host, int entriesBeforeReadOnly) {
        this.real = real;
        this.host = host;
        this.entriesBeforeReadOnly = entriesBeforeReadOnly;
    }

    @Override
    public void readAll(Set<String> attributes, EntrySink sink) {
        int[] seen = {0};
        real.readAll(attributes, new EntrySink() {
            @Override
            public void entry(DirectoryEntry entry) {
                if (++seen[0] == entriesBeforeReadOnly) {
                    host.readOnly.set(true);
                }
                sink.entry(entry);
            }

            @Override
            public void unreadable(String dn, String reason) {
                sink.unreadable(dn, reason);
            }
        });
    }

    @Override
    public String id() {
        return real.id();
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public void readChangedSince(String timestamp, Set<String> attributes, EntrySink sink) {
        real.readChangedSince(timestamp, attributes, sink);
    }

    @Override
    public Optional<DirectoryEntry> readUser(String username, Set<String> attributes) {
        return real.readUser(username, attributes);
    }

    @Override
    public Optional<String> usernameOfDn(String dn) {
        return real.usernameOfDn(dn);
    }

    @Override
    public ConnectionTest testConnection(Set<String> attributes, int sampleSize) {
        return real.testConnection(attributes, sampleSize);
    }

    @Override
    public Map<String, String> describe() {
        return real.describe();
    }
}
