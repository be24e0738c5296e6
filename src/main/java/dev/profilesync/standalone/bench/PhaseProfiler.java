package dev.profilesync.standalone.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Records one benchmark phase with the JDK's flight recorder (the "profile" settings: the stack of every thread
 * running Java code sampled each 10 ms) and writes, next to each other, the recording ({@code .jfr}), the execution
 * samples as collapsed stacks ({@code .collapsed}) and a flame graph ({@code .svg}). Waiting threads are not
 * sampled: JFR's native-method samples are left out because they are mostly the LDAP connection's reader thread
 * idling in a socket read, which would fill the graph. Used by one thread.
 */
public final class PhaseProfiler {
    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    static final String TRUNCATED_MARKER = "[truncated stack]";
    private static final Duration PERIOD = Duration.ofMillis(10);
    /** JFR names a lambda's hidden class e.g. {@code a.B$$Lambda$199+0x00007f7104227540.583015088}. */
    private static final Pattern HIDDEN_LAMBDA = Pattern.compile("\\$\\$Lambda\\$\\d+[./+].*$");
    private final BenchPhase phase;
    private final Path prefix;
    private Recording recording;

    /** @param prefix the output files' path without extension, e.g. {@code docs/flamegraph-unchanged-full-sync} */
    public PhaseProfiler(BenchPhase phase, Path prefix) {
        this.phase = phase;
        this.prefix = prefix;
    }

    public BenchPhase phase() {
        return phase;
    }

    public void start() {
        try {
            recording = new Recording(Configuration.getConfiguration("profile"));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the JDK's JFR \"profile\" settings cannot be read", e);
        }
        recording.setName("bench-" + phase.key());
        recording.enable(EXECUTION_SAMPLE).withPeriod(PERIOD);
        recording.start();
    }

    /** Stops, writes the three files and says where they are. */
    public String stop() {
        try (Recording done = recording) {
            done.stop();
            Path jfr = sibling(".jfr");
            Files.createDirectories(jfr.toAbsolutePath().getParent());
            done.dump(jfr);
            CollapsedStacks stacks = collapse(jfr);
            Files.write(sibling(".collapsed"), stacks.lines(), StandardCharsets.UTF_8);
            Path svg = sibling(".svg");
            Files.writeString(svg, FlameGraphSvg.render(stacks, "Profile Sync bench: " + phase.title()
                    + " (JFR execution samples every 10 ms, all threads)"), StandardCharsets.UTF_8);
            long truncated = stacks.stacks().entrySet().stream().filter(e -> e.getKey().contains(TRUNCATED_MARKER))
                    .mapToLong(Map.Entry::getValue).sum();
            return stacks.totalSamples() + " samples in " + jfr + ", flame graph in " + svg + (truncated == 0 ? ""
                    : "; " + truncated + " stacks were cut at the JVM's stack depth: rerun with "
                    + "-XX:FlightRecorderOptions:stackdepth=256");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the profile of " + phase.title() + " next to " + prefix, e);
        }
    }

    /** Each sample as the thread's name and then its frames from the outermost in. */
    public static CollapsedStacks collapse(Path jfr) throws IOException {
        CollapsedStacks stacks = new CollapsedStacks();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            RecordedStackTrace trace = event.getStackTrace();
            if (!event.getEventType().getName().equals(EXECUTION_SAMPLE) || trace == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            RecordedThread thread = event.getThread("sampledThread");
            frames.add(thread == null || thread.getJavaName() == null ? "thread ?" : "thread " + thread.getJavaName());
            if (trace.isTruncated()) {
                // The JVM keeps 64 frames by default (-XX:FlightRecorderOptions:stackdepth=N); say so at the root.
                frames.add(TRUNCATED_MARKER);
            }
            List<RecordedFrame> topFirst = trace.getFrames();
            for (int i = topFirst.size() - 1; i >= 0; i--) {
                RecordedFrame frame = topFirst.get(i);
                frames.add(frameName(frame.getMethod().getType().getName(), frame.getMethod().getName()));
            }
            stacks.add(frames, 1);
        }
        return stacks;
    }

    /** {@code type.method}, with a lambda's generated class (a new number every run) as {@code Outer$$Lambda}. */
    static String frameName(String type, String method) {
        return HIDDEN_LAMBDA.matcher(type).replaceFirst("\\$\\$Lambda") + "." + method;
    }

    private Path sibling(String extension) {
        return prefix.resolveSibling(prefix.getFileName() + extension);
    }
}
