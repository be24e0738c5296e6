package dev.profilesync.ldap;

import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.DirectoryWriter;
import dev.profilesync.core.port.DirectoryWriters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The writers of the LDAP directories that have a write bind, made once from the host's readers. Thread-safe. */
public final class LdapDirectoryWriters implements DirectoryWriters {
    private final Map<String, DirectoryWriter> byId = new LinkedHashMap<>();

    public LdapDirectoryWriters(List<? extends DirectoryReader> readers) {
        for (DirectoryReader reader : readers) {
            if (reader instanceof LdapDirectoryReader ldap && ldap.config().writeBind().enabled()) {
                byId.put(ldap.id(), new LdapDirectoryWriter(ldap.config()));
            }
        }
    }

    @Override
    public Optional<DirectoryWriter> writer(String directoryId) {
        return Optional.ofNullable(byId.get(directoryId));
    }
}
