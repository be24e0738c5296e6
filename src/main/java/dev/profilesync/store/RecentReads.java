package dev.profilesync.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the store's recent loads read of each user: the identity row's ID and the values, so that the write that
 * usually follows (a sync loads a batch, diffs it, writes it) need not read them again. A write may trust a read only
 * while the identity row it names still exists: every write of a user replaces that row (a new ID, never reused)
 * together with the values row, so an existing row proves its values are still those read. The writer checks that
 * by the count of identity rows its delete removes, in its own transaction, and writes the batch again with every
 * user looked up when one is missing ({@link ProfileWriter}).
 *
 * <p>Bounded: cleared when it holds {@link #CAPACITY} users (a batch being written and the next being loaded fit
 * many times over); a user not found here is simply looked up. Thread-safe: the run's thread loads while the
 * writer's thread takes.
 */
final class RecentReads {
    static final int CAPACITY = 5 * InClause.MAX_ITEMS;

    /** One user's identity row ID and values as a load read them. */
    record Read(int identityId, Map<String, String> values) {
    }

    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    void remember(String userKey, int identityId, Map<String, String> values) {
        if (reads.size() >= CAPACITY) {
            reads.clear();
        }
        reads.put(userKey, new Read(identityId, Map.copyOf(values)));
    }

    /** Removes and returns what is remembered of these users; users not remembered are absent. */
    Map<String, Read> take(Collection<String> userKeys) {
        Map<String, Read> taken = new HashMap<>();
        for (String userKey : userKeys) {
            Read read = reads.remove(userKey);
            if (read != null) {
                taken.put(userKey, read);
            }
        }
        return taken;
    }

}
