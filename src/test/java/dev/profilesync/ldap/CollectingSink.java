package dev.profilesync.ldap;

import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.port.EntrySink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Keeps what a read streams, for assertions. */
final class CollectingSink implements EntrySink {
    final List<DirectoryEntry> entries = new ArrayList<>();
    final Map<String, String> unreadable = new LinkedHashMap<>();

    @Override
    public void entry(DirectoryEntry entry) {
        entries.add(entry);
    }

    @Override
    public void unreadable(String dn, String reason) {
        unreadable.put(dn, reason);
    }

    Set<String> usernames() {
        Set<String> names = new TreeSet<>();
        entries.forEach(entry -> names.add(entry.username()));
        return names;
    }

    DirectoryEntry only(String username) {
        return entries.stream().filter(entry -> entry.username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + username + " in " + usernames()));
    }
}
