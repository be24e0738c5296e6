package dev.profilesync.standalone.cli;

import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.demo.EmbeddedDirectory;
import dev.profilesync.standalone.host.ExitCode;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;

/**
 * {@code bench-directory} (hidden): the benchmark's embedded directory in a process of its own. Prints
 * {@code ready <url>} once it listens, and stops when its standard input closes. The root password comes from the
 * environment variable the benchmark sets.
 */
@Command(name = "bench-directory", hidden = true,
        description = "Internal: the benchmark's embedded directory, in its own process.")
final class BenchDirectoryCommand implements Callable<Integer> {
    /** Set by the benchmark's side, bench.DirectoryProcess. */
    static final String PASSWORD_VARIABLE = "PROFILESYNC_BENCH_DIRECTORY_PASSWORD";
    private final CliContext context;
    private final InputStream stopSignal;

    BenchDirectoryCommand(CliContext context) {
        this.context = context;
        this.stopSignal = System.in;
    }

    @Override
    public Integer call() throws IOException {
        String password = context.environment().apply(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new ConfigException(PASSWORD_VARIABLE, "this command is started by bench, which sets it");
        }
        try (EmbeddedDirectory directory = EmbeddedDirectory.start(password)) {
            context.out().println("ready " + directory.url());
            context.out().flush();
            while (stopSignal.read() >= 0) {
                // Nothing is sent; end of input is the signal to stop.
            }
        }
        return ExitCode.SUCCESS;
    }
}
