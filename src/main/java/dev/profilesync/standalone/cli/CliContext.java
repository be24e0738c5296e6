package dev.profilesync.standalone.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What a command may use of the world: where it prints, the environment variables it may read (for passwords named
 * in the config file) and the folder relative paths on the command line are resolved against. Tests give their own.
 */
public record CliContext(PrintWriter out, PrintWriter err, Function<String, String> environment, Path workingDir) {

    static CliContext system() {
        return new CliContext(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System::getenv,
                Path.of("").toAbsolutePath());
    }

    Path resolve(Path path) {
        return workingDir.resolve(path).normalize();
    }
}
