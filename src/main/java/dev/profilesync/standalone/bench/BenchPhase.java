package dev.profilesync.standalone.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's measured phases, with the short names options use (e.g. {@code --jfr-phase unchanged}). */
public enum BenchPhase {
    FLOOR("floor", "paged read (floor)"),
    FIRST_FULL("first", "first full sync"),
    UNCHANGED_COLD("unchanged-cold", "first unchanged full sync (cold)"),
    UNCHANGED_FULL("unchanged", "unchanged full sync"),
    INCREMENTAL_COLD("incremental-cold", "first incremental (cold), 1% changed"),
    INCREMENTAL("incremental", "incremental after 1% changed"),
    SINGLE_USER("single", "single-user syncs");

    private final String key;
    private final String title;

    BenchPhase(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    /** As printed in the table and the JSON. */
    public String title() {
        return title;
    }

    /** @throws IllegalArgumentException naming the keys there are */
    public static BenchPhase ofKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase " + key + ": give one of " + keys()));
    }

    public static String keys() {
        return Arrays.stream(values()).map(BenchPhase::key).collect(Collectors.joining(", "));
    }
}
