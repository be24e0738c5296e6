package dev.profilesync.core;

import dev.profilesync.core.port.DirectoryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DN to username, from entries seen in this run first, then from the directory being read, then from the other
 * directories (a manager may live in another one); cached for the run. A DN no directory has an entry for resolves
 * to nothing: its username is never guessed from the DN's first part.
 *
 * <p>The cache is bounded in bytes ({@link #DEFAULT_LIMIT_BYTES}): DNs are kept packed (the part after the first
 * comma, shared by a whole branch, once), about 50 bytes an entry; when the cache reaches its limit it is emptied and
 * fills again, and a DN it no longer holds is looked up in the directories, which give the same username. Confined
 * to its run's thread.
 *
 * <p>A batch of entries announces its DNs first ({@link #prefetch}) and the ones not cached are looked up together
 * in the current directory: an incremental run reads few of the entries its DNs point at, and would otherwise read
 * each of them on its own.
 */
final class DnCache implements DnResolver {
    private static final Logger LOG = LoggerFactory.getLogger(DnCache.class);
    /** Room for about a million entries' DNs; a larger run looks some of them up again. */
    static final long DEFAULT_LIMIT_BYTES = 48L << 20;

    private final boolean enabled;
    private final List<DirectoryReader> all;
    private final long limitBytes;
    private final PackedKeys usernames = new PackedKeys();
    private final PackedKeys branches = new PackedKeys();
    private final Map<String, String> readAgain = new HashMap<>();
    /**
     * The answers for the DNs the current batch announced ({@link #prefetch}): its mapping then asks for the same
     * String instances, whose hash codes are kept in them, instead of building each DN's packed key a second time
     * (which made a full run's batches 10% slower than without the prefetch). Cleared whenever an answer may change.
     */
    private final Map<String, String> batchAnswers = new HashMap<>();
    private DirectoryReader reader;

    /** @param all every directory of the run, asked in order after the current one */
    DnCache(boolean enabled, List<DirectoryReader> all) {
        this(enabled, all, DEFAULT_LIMIT_BYTES);
    }

    DnCache(boolean enabled, List<DirectoryReader> all, long limitBytes) {
        this.enabled = enabled;
        this.all = List.copyOf(all);
        this.limitBytes = limitBytes;
    }

    void use(DirectoryReader current) {
        this.reader = current;
        batchAnswers.clear();
    }

    void remember(DirectoryEntry entry) {
        if (enabled) {
            keep(entry.dn(), entry.username());
        }
    }

    @Override
    public Optional<String> usernameOf(String dn) {
        String known = batchAnswers.get(dn);
        if (known == null) {
            known = cached(dn);
        }
        if (known == null) {
            known = lookUp(dn);
            keep(dn, known);
        }
        return known.isEmpty() ? Optional.empty() : Optional.of(known);
    }

    /**
     * Asks the current directory once for the DNs not cached yet and keeps the usernames it finds, as
     * {@link #usernameOf} would have. DNs it does not find are not kept: {@link #usernameOf} reads them one by one
     * and asks the other directories too, so a DN of nobody still resolves to nothing and is never guessed.
     */
    @Override
    public void prefetch(Collection<String> dns) {
        batchAnswers.clear();
        if (!enabled || reader == null) {
            return;
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String dn : dns) {
            String known = cached(dn);
            if (known == null) {
                unknown.add(dn);
            } else {
                batchAnswers.put(dn, known);
            }
        }
        // One unknown DN costs one read either way.
        if (unknown.size() < 2) {
            return;
        }
        Map<String, String> found;
        try {
            found = reader.usernamesOfDns(unknown);
        } catch (RuntimeException e) {
            // Only a shortcut, which must never fail the batch: each DN is still looked up on its own when mapped.
            LOG.warn("Could not look up {} DNs together in {}: {}", unknown.size(), reader.name(), e.getMessage());
            return;
        }
        found.forEach((dn, username) -> {
            if (unknown.contains(dn) && username != null && !username.isEmpty()) {
                keep(dn, username);
                batchAnswers.put(dn, username);
            }
        });
    }

    /** How many DNs the cache holds now. */
    int size() {
        return usernames.size();
    }

    private String cached(String dn) {
        String key = key(dn);
        String again = readAgain.get(key);
        if (again != null) {
            return again;
        }
        int entry = usernames.entryOf(key);
        return entry == PackedKeys.ABSENT ? null : usernames.text(entry);
    }

    private void keep(String dn, String username) {
        if (usernames.footprint() + branches.footprint() >= limitBytes) {
            // The batch's answers stay right: they are usernames, not positions in the cache.
            usernames.clear();
            branches.clear();
            readAgain.clear();
        }
        String key = key(dn);
        if (usernames.addWithText(key, 0, username) == PackedKeys.ABSENT) {
            // The same DN read again (two directories over one tree): the last username counts.
            if (usernames.text(usernames.entryOf(key)).equals(username)) {
                readAgain.remove(key);
            } else {
                readAgain.put(key, username);
            }
            batchAnswers.clear();
        }
    }

    /**
     * The lower-case DN with the part after its first comma replaced by a number for that part: exact (two DNs
     * give the same key only when they are the same DN), and a branch of a million DNs stores its suffix once.
     */
    private String key(String dn) {
        String lower = dn.toLowerCase(Locale.ROOT);
        int comma = lower.indexOf(',');
        String branch = comma < 0 ? "" : lower.substring(comma);
        String first = comma < 0 ? lower : lower.substring(0, comma);
        int number = branches.entryOf(branch);
        if (number == PackedKeys.ABSENT) {
            branches.add(branch);
            number = branches.size() - 1;
        }
        return number + ":" + first;
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
            LOG.warn("Could not look up the DN {} in {}: {}", dn, directory.name(), e.getMessage());
            return Optional.empty();
        }
    }
}
