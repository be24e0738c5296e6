package dev.profilesync.ldap;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryReader;
import dev.profilesync.core.EntrySink;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads users from one LDAP directory (placeholder: the ldap adapter fills this in). */
public final class LdapDirectoryReader implements DirectoryReader {
    private final LdapDirectoryConfig config;

    public LdapDirectoryReader(LdapDirectoryConfig config) {
        this.config = config;
    }

    @Override
    public String id() {
        return config.id();
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public void readAll(Set<String> attributes, EntrySink sink) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void readChangedSince(String timestamp, Set<String> attributes, EntrySink sink) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<DirectoryEntry> readUser(String username, Set<String> attributes) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<String> usernameOfDn(String dn) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public ConnectionTest testConnection(Set<String> attributes, int sampleSize) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<String, String> describe() {
        throw new UnsupportedOperationException("not yet");
    }
}
