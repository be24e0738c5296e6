package dev.profilesync.standalone.bench;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The generated people's usernames, kept by the benchmark while it measures the sync's heap: their UTF-8 bytes in one
 * array and an offset each, about 16 bytes a name where a list of strings costs about 60. At a million people that
 * is the difference between the benchmark's own list taking a sixth of the 300 MiB target or a twentieth.
 * Immutable.
 */
public final class PackedNames extends AbstractList<String> implements RandomAccess {
    private final byte[] bytes;
    private final int[] ends;

    private PackedNames(byte[] bytes, int[] ends) {
        this.bytes = bytes;
        this.ends = ends;
    }

    public static PackedNames of(List<String> names) {
        int[] ends = new int[names.size()];
        byte[] bytes = new byte[names.size() * 12];
        int used = 0;
        for (int i = 0; i < names.size(); i++) {
            byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
            if (used + name.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(used + name.length, bytes.length + (bytes.length >> 1)));
            }
            System.arraycopy(name, 0, bytes, used, name.length);
            used += name.length;
            ends[i] = used;
        }
        return new PackedNames(Arrays.copyOf(bytes, used), ends);
    }

    @Override
    public String get(int index) {
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return ends.length;
    }
}
