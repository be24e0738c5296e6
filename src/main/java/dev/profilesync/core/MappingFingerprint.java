package dev.profilesync.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * A digest of what the synced fields read and how they map it. When it differs from the one the last run used,
 * values already stored may be stale for every user, so an incremental request runs full. The last fields given and
 * their fingerprint are remembered: every run, a login sync too, asks for the same fields' fingerprint, and making
 * it was a tenth of a login sync's CPU time (docs/benchmarks.md). Thread-safe: field definitions are immutable.
 */
final class MappingFingerprint {
    private static volatile Remembered last;

    private MappingFingerprint() {
    }

    private record Remembered(List<FieldDefinition> fields, String fingerprint) {
    }

    static String of(Collection<FieldDefinition> syncedFields) {
        Remembered remembered = last;
        if (remembered != null && sameInOrder(remembered.fields(), syncedFields)) {
            return remembered.fingerprint();
        }
        String fingerprint = made(syncedFields);
        last = new Remembered(List.copyOf(syncedFields), fingerprint);
        return fingerprint;
    }

    private static boolean sameInOrder(List<FieldDefinition> remembered, Collection<FieldDefinition> fields) {
        if (remembered.size() != fields.size()) {
            return false;
        }
        Iterator<FieldDefinition> given = fields.iterator();
        for (FieldDefinition field : remembered) {
            if (!field.equals(given.next())) {
                return false;
            }
        }
        return true;
    }

    private static String made(Collection<FieldDefinition> syncedFields) {
        StringBuilder canonical = new StringBuilder();
        syncedFields.stream().sorted(java.util.Comparator.comparing(FieldDefinition::key)).forEach(field -> canonical
                .append(field.key()).append('\u0000')
                .append(field.type()).append('\u0000')
                .append(field.options()).append('\u0000')
                .append(field.ldapAttribute().toLowerCase(java.util.Locale.ROOT)).append('\u0000')
                .append(field.template()).append('\u0000')
                .append(field.multiValue()).append('\u0000')
                .append(field.whenMissing()).append('\u0000')
                .append(field.dnToUsername()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
