package dev.profilesync.core;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * DN to username, from entries seen in this run first, then from the directory being read, then from the other
 * directories (a manager may live in another one); cached for the run. A DN no directory has an entry for resolves
 * to nothing: its username is never guessed from the DN's first part.
 */
final class DnCache implements DnResolver {
    private static final System.Logger LOG = System.getLogger(DnCache.class.getName());

    private final boolean enabled;
    private final List<DirectoryReader> all;
    private final Map<String, String> usernames = new HashMap<>();
    private DirectoryReader reader;

    /** @param all every directory of the run, asked in order after the current one */
    DnCache(boolean enabled, List<DirectoryReader> all) {
        this.enabled = enabled;
        this.all = List.copyOf(all);
    }

    void use(DirectoryReader current) {
        this.reader = current;
    }

    void remember(DirectoryEntry entry) {
        if (enabled) {
            usernames.put(entry.dn().toLowerCase(Locale.ROOT), entry.username());
        }
    }

    @Override
    public Optional<String> usernameOf(String dn) {
        String key = dn.toLowerCase(Locale.ROOT);
        String known = usernames.get(key);
        if (known == null) {
            known = lookUp(dn);
            usernames.put(key, known);
        }
        return known.isEmpty() ? Optional.empty() : Optional.of(known);
    }

    private String lookUp(String dn) {
        if (reader != null) {
            Optional<String> found = lookUp(reader, dn);
            if (found.isPresent()) {
                return found.get();
            }
        }
        for (DirectoryReader other : all) {
            if (other != reader) {
                Optional<String> found = lookUp(other, dn);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return "";
    }

    private static Optional<String> lookUp(DirectoryReader directory, String dn) {
        try {
            return directory.usernameOfDn(dn);
        } catch (DirectoryException e) {
            // The field that needed this DN reports it as unresolved and keeps its stored value.
            LOG.log(System.Logger.Level.WARNING, "Could not look up the DN " + dn + " in " + directory.name() + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
