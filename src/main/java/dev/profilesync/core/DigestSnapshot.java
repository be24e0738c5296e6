package dev.profilesync.core;

import dev.profilesync.core.port.ProfileStore;

/**
 * The sync digests the store held when a full run started, kept in 24 bytes a user (an open-addressing table of a
 * 64-bit hash of the user key and the 128-bit digest), so that an unchanged user is confirmed without a query.
 *
 * <p>Why a digest read before the user's batch is as good as one read with it: a match means that the stored
 * profile was, when read, exactly what this run would make of the entry, so the run has nothing to write for the
 * user. A write by someone else after the read (a self-service edit) is then kept until the next run, as if it had
 * come just after this run handled the user; a user whose digest does not match is read again with the batch.
 * Digests include the user key, so two keys with the same hash never confirm each other.
 *
 * <p>When the store lists every profile ({@link ProfileStore#keepsSyncDigests}), the snapshot also knows who had
 * no profile at the start: such a user is new to this run and needs neither a digest query nor a load (a first sync
 * asks nothing per batch). Should another writer create the profile meanwhile (a login sync), the store's write
 * carries the values over and this run's values replace the mapped ones, as that writer's would have; the run
 * reports the user as updated rather than unchanged. Two keys with the same 64-bit hash make a new user look known,
 * which only costs the query. Confined to one run.
 */
final class DigestSnapshot {
    static final DigestSnapshot EMPTY = new DigestSnapshot(2, false);
    /** 128 bits in base64url without padding. */
    private static final int DIGEST_CHARACTERS = 22;
    private final boolean listsEveryProfile;
    private long[] keys;
    private long[] high;
    private long[] low;
    private int occupied;
    private int digests;
    /** The words {@link #decode} read last; the snapshot is confined to one thread. */
    private long decodedHigh;
    private long decodedLow;

    private DigestSnapshot(int capacity, boolean listsEveryProfile) {
        this.listsEveryProfile = listsEveryProfile;
        keys = new long[capacity];
        high = new long[capacity];
        low = new long[capacity];
    }

    /** Every digest the store holds, and every profile when the store lists them all; one streaming read. */
    static DigestSnapshot of(ProfileStore profiles) {
        DigestSnapshot snapshot = new DigestSnapshot(1024, profiles.keepsSyncDigests());
        profiles.forEachSyncDigest(snapshot::add);
        return snapshot;
    }

    /** The digests held (profiles stored without one are not counted). */
    int size() {
        return digests;
    }

    /** Whether this user certainly had no stored profile when the run started. */
    boolean hadNoProfile(String userKey) {
        if (!listsEveryProfile) {
            return false;
        }
        long key = hash(userKey);
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return false;
            }
        }
        return true;
    }

    boolean matches(String userKey, String digest) {
        if (digests == 0 || !decode(digest)) {
            return false;
        }
        long key = hash(userKey);
        long wantHigh = decodedHigh;
        long wantLow = decodedLow;
        if (wantHigh == 0 && wantLow == 0) {
            return false;
        }
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key && high[slot] == wantHigh && low[slot] == wantLow) {
                return true;
            }
        }
        return false;
    }

    /** A profile without a digest of this version is kept as present, with the digest 0 that nothing matches. */
    private void add(String userKey, String digest) {
        boolean decoded = digest != null && decode(digest);
        if (!decoded && !listsEveryProfile) {
            return;
        }
        if ((occupied + 1) * 4L > keys.length * 3L) {
            grow();
        }
        put(hash(userKey), decoded ? decodedHigh : 0, decoded ? decodedLow : 0);
        if (decoded) {
            digests++;
        }
    }

    private void put(long key, long digestHigh, long digestLow) {
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        high[slot] = digestHigh;
        low[slot] = digestLow;
        occupied++;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldHigh = high;
        long[] oldLow = low;
        keys = new long[oldKeys.length * 2];
        high = new long[keys.length];
        low = new long[keys.length];
        occupied = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldHigh[i], oldLow[i]);
            }
        }
    }

    /** FNV-1a over the key's characters, never 0 (0 marks a free slot). */
    private static long hash(String userKey) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < userKey.length(); i++) {
            hash = (hash ^ userKey.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 29;
        return hash == 0 ? 1 : hash;
    }

    /**
     * Reads the 128 bits of a digest this version wrote (the version, then 22 base64url characters without padding)
     * into {@link #decodedHigh} and {@link #decodedLow}, without the strings and arrays a Base64 decoder makes for
     * each of a run's users; false for anything else, which is then compared by value, as is always correct.
     */
    private boolean decode(String digest) {
        int from = SyncDigest.VERSION.length();
        if (digest.length() != from + DIGEST_CHARACTERS || !digest.startsWith(SyncDigest.VERSION)) {
            return false;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < DIGEST_CHARACTERS; i++) {
            int sextet = sextet(digest.charAt(from + i));
            // The last character holds the last 2 bits; its other 4 are padding, zero when SyncDigest wrote it.
            int bits = i == DIGEST_CHARACTERS - 1 ? 2 : 6;
            if (sextet < 0 || (bits == 2 && (sextet & 0xf) != 0)) {
                return false;
            }
            high = (high << bits) | (low >>> (64 - bits));
            low = (low << bits) | (sextet >>> (6 - bits));
        }
        decodedHigh = high;
        decodedLow = low;
        return true;
    }

    /** The value of a base64url character (RFC 4648, section 5), or -1. */
    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : c == '_' ? 63 : -1;
    }
}
