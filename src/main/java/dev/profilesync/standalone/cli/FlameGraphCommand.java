package dev.profilesync.standalone.cli;

import dev.profilesync.standalone.bench.CollapsedStacks;
import dev.profilesync.standalone.bench.FlameGraphSvg;
import dev.profilesync.standalone.bench.PhaseProfiler;
import dev.profilesync.standalone.host.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code bench-flamegraph} (hidden, a developer's tool): renders a JFR recording, or collapsed stacks, as the same
 * SVG flame graph {@code bench --jfr-phase} writes, e.g. for a recording taken with -XX:StartFlightRecording.
 */
@Command(name = "bench-flamegraph", hidden = true, mixinStandardHelpOptions = true,
        description = "Renders a .jfr recording (its execution and native-method samples) or a .collapsed file as "
                + "an SVG flame graph.")
final class FlameGraphCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "INPUT", description = "a .jfr recording or a .collapsed file")
    Path input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "the SVG file to write")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "the graph's title (default: the input's name)")
    String title;

    FlameGraphCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path from = context.resolve(input);
        CollapsedStacks stacks = from.toString().endsWith(".jfr") ? PhaseProfiler.collapse(from)
                : CollapsedStacks.parse(Files.readAllLines(from, StandardCharsets.UTF_8));
        Path to = context.resolve(output);
        Files.writeString(to, FlameGraphSvg.render(stacks, title != null ? title : from.getFileName().toString()),
                StandardCharsets.UTF_8);
        context.out().println(stacks.totalSamples() + " samples rendered into " + to);
        return ExitCode.SUCCESS;
    }
}
