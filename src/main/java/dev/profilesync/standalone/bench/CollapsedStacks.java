package dev.profilesync.standalone.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stack samples folded into the "collapsed" text form flame graph tools share: one line per distinct stack, frames
 * from the root down joined by {@code ;}, then a space and how many samples had that stack. Not thread-safe.
 */
public final class CollapsedStacks {
    private final Map<String, Long> counts = new TreeMap<>();

    /** Counts one sample; {@code rootFirst} is the stack from the outermost frame (e.g. the thread) inwards. */
    public void add(List<String> rootFirst, long samples) {
        if (rootFirst.isEmpty() || samples <= 0) {
            return;
        }
        List<String> frames = new ArrayList<>(rootFirst.size());
        for (String frame : rootFirst) {
            // The separator and line breaks would split a frame in the text form.
            frames.add(frame.replace(';', ':').replace('\n', ' ').replace('\r', ' '));
        }
        counts.merge(String.join(";", frames), samples, Long::sum);
    }

    /** Reads the text form back; lines that do not end in a count are skipped. */
    public static CollapsedStacks parse(List<String> lines) {
        CollapsedStacks stacks = new CollapsedStacks();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            try {
                long samples = Long.parseLong(line.substring(space + 1).trim());
                stacks.add(List.of(line.substring(0, space).split(";")), samples);
            } catch (NumberFormatException e) {
                // Not a sample line (a comment, a blank): the format has nothing else to say.
                continue;
            }
        }
        return stacks;
    }

    /** The text form, stacks in alphabetical order. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(counts.size());
        counts.forEach((stack, samples) -> lines.add(stack + " " + samples));
        return lines;
    }

    /** Each distinct stack (root first) with its samples. */
    public Map<List<String>, Long> stacks() {
        Map<List<String>, Long> stacks = new java.util.LinkedHashMap<>();
        counts.forEach((stack, samples) -> stacks.put(List.of(stack.split(";")), samples));
        return Collections.unmodifiableMap(stacks);
    }

    public long totalSamples() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
