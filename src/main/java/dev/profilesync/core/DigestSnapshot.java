package dev.profilesync.core;

import dev.profilesync.core.port.ProfileStore;

import java.util.Base64;

/**
 * The sync digests the store held when a full run started, kept in 24 bytes a user (an open-addressing table of a
 * 64-bit hash of the user key and the 128-bit digest), so that an unchanged user is confirmed without a query.
 *
 * <p>Why a digest read before the user's batch is as good as one read with it: a match means that the stored
 * profile was, when read, exactly what this run would make of the entry, so the run has nothing to write for the
 * user. A write by someone else after the read (a self-service edit) is then kept until the next run, as if it had
 * come just after this run handled the user; a user whose digest does not match is read again with the batch.
 * Digests include the user key, so two keys with the same hash never confirm each other. Confined to one run.
 */
final class DigestSnapshot {
    static final DigestSnapshot EMPTY = new DigestSnapshot(2);
    private long[] keys;
    private long[] high;
    private long[] low;
    private int size;

    private DigestSnapshot(int capacity) {
        keys = new long[capacity];
        high = new long[capacity];
        low = new long[capacity];
    }

    /** Every digest the store holds; one streaming read. */
    static DigestSnapshot of(ProfileStore profiles) {
        DigestSnapshot snapshot = new DigestSnapshot(1024);
        profiles.forEachSyncDigest(snapshot::add);
        return snapshot;
    }

    int size() {
        return size;
    }

    boolean matches(String userKey, String digest) {
        if (size == 0 || !digest.startsWith(SyncDigest.VERSION)) {
            return false;
        }
        byte[] bytes = decode(digest);
        if (bytes == null) {
            return false;
        }
        long key = hash(userKey);
        long wantHigh = word(bytes, 0);
        long wantLow = word(bytes, 8);
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key && high[slot] == wantHigh && low[slot] == wantLow) {
                return true;
            }
        }
        return false;
    }

    private void add(String userKey, String digest) {
        byte[] bytes = digest.startsWith(SyncDigest.VERSION) ? decode(digest) : null;
        if (bytes == null) {
            return;
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        put(hash(userKey), word(bytes, 0), word(bytes, 8));
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
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldHigh = high;
        long[] oldLow = low;
        keys = new long[oldKeys.length * 2];
        high = new long[keys.length];
        low = new long[keys.length];
        size = 0;
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

    private static byte[] decode(String digest) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(digest.substring(SyncDigest.VERSION.length()));
            return bytes.length == 16 ? bytes : null;
        } catch (IllegalArgumentException e) {
            // Not a digest this version wrote: the user is compared by value, which is always correct.
            return null;
        }
    }

    private static long word(byte[] bytes, int from) {
        long word = 0;
        for (int i = from; i < from + 8; i++) {
            word = (word << 8) | (bytes[i] & 0xff);
        }
        return word;
    }
}
