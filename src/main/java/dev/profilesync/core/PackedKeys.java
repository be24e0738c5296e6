package dev.profilesync.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Exact string keys, each with an int value and optionally a text, packed for a run that meets every user once: the keys' UTF-8 bytes in
 * one growing byte array and open addressing over int arrays, about 20 bytes a key plus its bytes, where a
 * {@code HashMap<String, ...>} costs a node, a table slot and often a key string of its own (100 bytes or more).
 * A probe compares the 32-bit hash first and then the bytes, so two keys with the same hash stay two keys.
 * Not thread-safe: confined to its run's thread.
 */
final class PackedKeys {
    /** The value {@link #get} returns for a key that is not there. */
    static final int ABSENT = -1;
    private static final int EMPTY = -1;
    private static final byte[] NO_TEXT = new byte[0];
    /** In {@link #textStarts}: the entry's text is its key, kept once (user keys are often the names themselves). */
    private static final int TEXT_IS_KEY = -1;

    private byte[] bytes = new byte[1 << 10];
    private int used;
    private int[] starts = new int[16];
    private int[] hashes = new int[16];
    private int[] values = new int[16];
    private int[] textStarts = new int[16];
    private int size;
    private int[] slots = emptySlots(32);
    private final ToIntFunction<byte[]> hashFunction;

    PackedKeys() {
        this(Arrays::hashCode);
    }

    /** With another hash of the key's UTF-8 bytes; tests give one that collides. */
    PackedKeys(ToIntFunction<byte[]> hashFunction) {
        this.hashFunction = hashFunction;
    }

    /** Entries are numbered 0 to size - 1 in the order their keys were first added. */
    int size() {
        return size;
    }

    /** Bytes held, arrays included. */
    long footprint() {
        return bytes.length + 16L * starts.length + 4L * slots.length;
    }

    /** The key's value, or {@link #ABSENT}. */
    int get(String key) {
        byte[] probe = key.getBytes(StandardCharsets.UTF_8);
        int entry = find(probe, hash(probe));
        return entry == EMPTY ? ABSENT : values[entry];
    }

    boolean contains(String key) {
        return get(key) != ABSENT;
    }

    /** Adds the key with {@code value}, or gives the key that value; returns the value it had, or {@link #ABSENT}. */
    int put(String key, int value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException("value " + ABSENT + " means absent");
        }
        byte[] probe = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(probe);
        int entry = find(probe, hash);
        if (entry != EMPTY) {
            int old = values[entry];
            values[entry] = value;
            return old;
        }
        append(probe, hash, value, NO_TEXT);
        return ABSENT;
    }

    /**
     * Adds a key that is not there yet with a value and a text kept beside it; returns its entry number, or
     * {@link #ABSENT} (and changes nothing) when the key is there.
     */
    int addWithText(String key, int value, String text) {
        byte[] probe = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(probe);
        if (find(probe, hash) != EMPTY) {
            return ABSENT;
        }
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        append(probe, hash, value, Arrays.equals(probe, textBytes) ? null : textBytes);
        return size - 1;
    }

    /** The entry number of the key, or {@link #ABSENT}. */
    int entryOf(String key) {
        byte[] probe = key.getBytes(StandardCharsets.UTF_8);
        int entry = find(probe, hash(probe));
        return entry == EMPTY ? ABSENT : entry;
    }

    /** The value of an entry. */
    int value(int entry) {
        return values[checked(entry)];
    }

    /** The text kept with an entry ("" when none was given). */
    String text(int entry) {
        int start = textStarts[checked(entry)] == TEXT_IS_KEY ? starts[entry] : textStarts[entry];
        return new String(bytes, start, end(entry) - start, StandardCharsets.UTF_8);
    }

    /** Adds the key (with value 0) when it is not there; returns whether it was added, as {@code Set.add} does. */
    boolean add(String key) {
        byte[] probe = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(probe);
        if (find(probe, hash) != EMPTY) {
            return false;
        }
        append(probe, hash, 0, NO_TEXT);
        return true;
    }

    void clear() {
        used = 0;
        size = 0;
        Arrays.fill(slots, EMPTY);
    }

    private int find(byte[] probe, int hash) {
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == EMPTY) {
                return EMPTY;
            }
            if (hashes[entry] == hash && sameBytes(entry, probe)) {
                return entry;
            }
        }
    }

    private boolean sameBytes(int entry, byte[] probe) {
        int keyEnd = textStarts[entry] == TEXT_IS_KEY ? end(entry) : textStarts[entry];
        return Arrays.equals(bytes, starts[entry], keyEnd, probe, 0, probe.length);
    }

    private int end(int entry) {
        return entry + 1 < size ? starts[entry + 1] : used;
    }

    private int checked(int entry) {
        if (entry < 0 || entry >= size) {
            throw new IndexOutOfBoundsException("entry " + entry + " of " + size);
        }
        return entry;
    }

    /** @param text the text's bytes, or null when the text is the key */
    private void append(byte[] probe, int hash, int value, byte[] text) {
        int textLength = text == null ? 0 : text.length;
        int needed = used + probe.length + textLength;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length + (bytes.length >> 1)));
        }
        if (size == starts.length) {
            int capacity = size + (size >> 1);
            starts = Arrays.copyOf(starts, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            values = Arrays.copyOf(values, capacity);
            textStarts = Arrays.copyOf(textStarts, capacity);
        }
        System.arraycopy(probe, 0, bytes, used, probe.length);
        if (text != null) {
            System.arraycopy(text, 0, bytes, used + probe.length, textLength);
        }
        starts[size] = used;
        textStarts[size] = text == null ? TEXT_IS_KEY : used + probe.length;
        hashes[size] = hash;
        values[size] = value;
        used = needed;
        size++;
        if (size * 2 > slots.length) {
            slots = emptySlots(slots.length * 2);
            for (int entry = 0; entry < size; entry++) {
                place(entry);
            }
        } else {
            place(size - 1);
        }
    }

    private void place(int entry) {
        int mask = slots.length - 1;
        int slot = mix(hashes[entry]) & mask;
        while (slots[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
    }

    private static int[] emptySlots(int capacity) {
        int[] fresh = new int[capacity];
        Arrays.fill(fresh, EMPTY);
        return fresh;
    }

    private int hash(byte[] key) {
        return hashFunction.applyAsInt(key);
    }

    /** Spreads the hash's bits so that linear probing does not cluster on keys that differ only at the end. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
