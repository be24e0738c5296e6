package dev.profilesync.core.edit;

import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.port.DirectoryReader;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person and their directory entry, found as the sync finds them: in the directory the host says they belong
 * to, else the first that has them. The DN always comes from this read, never from a form. {@code problem} says
 * why the directory could not be asked (empty when it could).
 */
record Person(HostUser user, Optional<DirectoryReader> reader, Optional<DirectoryEntry> entry, String problem) {

    static Optional<Person> find(SyncPorts ports, String username, List<FieldDefinition> fields) {
        Optional<HostUser> known = ports.hostUsers().byUsername(username);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        HostUser user = known.get();
        Set<String> attributes = new LinkedHashSet<>();
        fields.stream().filter(f -> f.editing().writeBack()).forEach(f -> attributes.add(f.ldapAttribute()));
        for (DirectoryReader reader : ports.directories().directories()) {
            if (user.directoryId().isPresent() && !user.directoryId().get().equals(reader.id())) {
                continue;
            }
            Optional<DirectoryEntry> entry;
            try {
                entry = reader.readUser(user.username(), attributes);
            } catch (DirectoryException e) {
                // Without the entry nothing can be written back; the person still sees the stored profile.
                return Optional.of(new Person(user, Optional.empty(), Optional.empty(), e.getMessage()));
            }
            if (entry.isPresent()) {
                return Optional.of(new Person(user, Optional.of(reader), entry, ""));
            }
        }
        return Optional.of(new Person(user, Optional.empty(), Optional.empty(), ""));
    }

    String directoryId() {
        return reader.map(DirectoryReader::id).orElse("");
    }
}
