package dev.profilesync.standalone.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CollapsedStacksTest {
    @Test
    void sameStackIsCountedOnOneLine() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("thread main", "a.A.run", "b.B.read"), 1);
        stacks.add(List.of("thread main", "a.A.run", "b.B.read"), 2);
        stacks.add(List.of("thread main", "a.A.run"), 1);

        assertThat(stacks.lines()).containsExactly("thread main;a.A.run 1", "thread main;a.A.run;b.B.read 3");
        assertThat(stacks.totalSamples()).isEqualTo(4);
    }

    @Test
    void separatorInsideAFrameNameDoesNotSplitTheFrame() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("thread a;b", "x.Y.z"), 1);

        assertThat(stacks.stacks()).containsOnlyKeys(List.of("thread a:b", "x.Y.z"));
    }

    @Test
    void textFormReadsBackToTheSameStacks() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("thread main", "a.A.<init>"), 5);
        stacks.add(List.of("thread worker 1", "c.C.call"), 2);

        CollapsedStacks read = CollapsedStacks.parse(stacks.lines());

        assertThat(read.lines()).isEqualTo(stacks.lines());
    }

    @Test
    void linesWithoutACountAreSkipped() {
        CollapsedStacks read = CollapsedStacks.parse(List.of("", "# comment", "a;b 3", "a;b three"));

        assertThat(read.lines()).containsExactly("a;b 3");
    }

    @Test
    void lambdaFramesKeepTheirOuterClassButNotTheRunsNumber() {
        assertThat(PhaseProfiler.frameName("dev.profilesync.standalone.bench.BenchRun$$Lambda$199+0x00007f7104227540"
                + ".583015088", "get")).isEqualTo("dev.profilesync.standalone.bench.BenchRun$$Lambda.get");
        assertThat(PhaseProfiler.frameName("a.B$$Lambda$7/0x0000000800c1d2a8", "run")).isEqualTo("a.B$$Lambda.run");
        assertThat(PhaseProfiler.frameName("a.B$Inner", "<init>")).isEqualTo("a.B$Inner.<init>");
    }
}
