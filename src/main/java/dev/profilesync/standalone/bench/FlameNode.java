package dev.profilesync.standalone.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One frame of a flame graph: its samples (its own and its callees') and its callees by name. Not thread-safe. */
final class FlameNode {
    private final String name;
    private final Map<String, FlameNode> children = new TreeMap<>();
    private long samples;

    FlameNode(String name) {
        this.name = name;
    }

    static FlameNode of(CollapsedStacks stacks) {
        FlameNode root = new FlameNode("all");
        stacks.stacks().forEach(root::add);
        return root;
    }

    private void add(List<String> rootFirst, long count) {
        samples += count;
        FlameNode node = this;
        for (String frame : rootFirst) {
            node = node.children.computeIfAbsent(frame, FlameNode::new);
            node.samples += count;
        }
    }

    String name() {
        return name;
    }

    long samples() {
        return samples;
    }

    /** Callees in name order, as flame graphs sort them (the x axis is not time). */
    Collection<FlameNode> children() {
        return children.values();
    }

    int depth() {
        return 1 + children.values().stream().mapToInt(FlameNode::depth).max().orElse(0);
    }
}
