package dev.profilesync.standalone.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --config FILE}, as every command that works on a config file takes it (a picocli mixin). */
public final class ConfigFileOption {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the JSON config file")
    private Path file;

    /** The file as given, relative to the working folder until a {@link CliContext} resolves it. */
    public Path file() {
        return file;
    }
}
