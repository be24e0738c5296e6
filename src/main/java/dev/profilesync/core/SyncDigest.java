package dev.profilesync.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The digest of what a sync makes of one user's entry: the mapping of the synced fields, the user key, username and
 * entry id, and every field's mapped outcome (value, missing, or rejected with its reason). A sync stores it with the
 * profile when it writes the user and nothing is held back; every other write (self-service, held-back clears)
 * stores none.
 * So when the next sync computes the digest the store holds, the stored values are exactly what a comparison would
 * leave, and the values need not be loaded. Confined to one run's thread (it keeps one {@link MessageDigest}).
 */
final class SyncDigest {
    /** Bumped whenever what goes into the digest changes, so digests of an older version never match. */
    static final String VERSION = "1:";
    private final MessageDigest sha256;
    private final byte[] mapping;
    /** The bytes of the user being digested; reused, as the digest is confined to one thread. */
    private byte[] buffer = new byte[512];
    private int length;

    SyncDigest(List<FieldDefinition> fields) {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        mapping = MappingFingerprint.of(fields).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The digest of these outcomes, in the order of the fields the digest was made for. The bytes are gathered in
     * one buffer and hashed with one call: feeding the digest a byte or a string at a time cost more than the hash.
     */
    String of(String userKey, String username, String entryUuid, List<MappedValue> outcomes) {
        length = 0;
        put(mapping);
        add(userKey);
        add(username);
        add(entryUuid);
        for (MappedValue outcome : outcomes) {
            if (outcome instanceof MappedValue.Present present) {
                put((byte) 'P');
                add(present.value());
            } else if (outcome instanceof MappedValue.Rejected rejected) {
                put((byte) 'R');
                add(rejected.reason());
            } else {
                put((byte) 'M');
            }
        }
        sha256.update(buffer, 0, length);
        // 128 bits: a chance collision among a million users is about 10^-27.
        byte[] digest = sha256.digest();
        return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }

    private void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // The length first, so that no two sequences of strings give the same bytes.
        put((byte) (bytes.length >>> 24));
        put((byte) (bytes.length >>> 16));
        put((byte) (bytes.length >>> 8));
        put((byte) bytes.length);
        put(bytes);
    }

    private void put(byte b) {
        room(1);
        buffer[length++] = b;
    }

    private void put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void room(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
