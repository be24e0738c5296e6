package dev.profilesync.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** DN to username, from entries seen in this run first, then from the directory; cached for the run. */
final class DnCache implements DnResolver {
    private static final System.Logger LOG = System.getLogger(DnCache.class.getName());

    private final boolean enabled;
    private final Map<String, String> usernames = new HashMap<>();
    private DirectoryReader reader;

    DnCache(boolean enabled) {
        this.enabled = enabled;
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
        try {
            return reader == null ? "" : reader.usernameOfDn(dn).orElse("");
        } catch (DirectoryException e) {
            // The field that needed this DN reports it as unresolved and keeps its stored value.
            LOG.log(System.Logger.Level.WARNING, "Could not look up the DN " + dn + ": " + e.getMessage());
            return "";
        }
    }
}
