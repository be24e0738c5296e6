package dev.profilesync.core.edit;

import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryReader;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncPorts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person and their directory entry, found as the sync finds them: in the directory the host says they belong
 * to, else the first that has them. The DN always comes from this read, never from a form.
 */
record Person(HostUser user, Optional<DirectoryReader> reader, Optional<DirectoryEntry> entry) {

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
            Optional<DirectoryEntry> entry = reader.readUser(user.username(), attributes);
            if (entry.isPresent()) {
                return Optional.of(new Person(user, Optional.of(reader), entry));
            }
        }
        return Optional.of(new Person(user, Optional.empty(), Optional.empty()));
    }

    String directoryId() {
        return reader.map(DirectoryReader::id).orElse("");
    }
}
