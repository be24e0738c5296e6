package dev.profilesync.standalone.cli;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.config.ConfigLoader;
import dev.profilesync.standalone.config.RunnerConfig;
import dev.profilesync.standalone.config.Secrets;
import dev.profilesync.standalone.export.CsvExport;
import dev.profilesync.standalone.export.ExportRow;
import dev.profilesync.standalone.export.JsonExport;
import dev.profilesync.standalone.export.ProfileExport;
import dev.profilesync.standalone.host.ExitCode;
import dev.profilesync.standalone.host.StandaloneHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export}: the stored profiles of active users, as JSON or spreadsheet-safe CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the stored profile fields of active users (Active User Policy and users file), "
                + "sorted by username.",
                "JSON: [{\"username\": ..., \"fields\": {key: value}}]. CSV: username and the field keys as header; "
                        + "cells that a spreadsheet would take for a formula start with a single quote."})
final class ExportCommand implements Callable<Integer> {
    /** The formats as typed on the command line. */
    enum Format { JSON, CSV }

    private final CliContext context;

    @Mixin
    ConfigFileOption config;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json or csv")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        RunnerConfig file = ConfigLoader.load(context.resolve(config.file()));
        Secrets secrets = new Secrets(context.environment(), file.baseDir());
        StandaloneHost.Setup setup = new StandaloneHost.Setup(file.database(secrets), file.embeddedFolder(),
                List.of(), file.listedUsers(), file.fields(), file.settings(), AccessMode.READ_WRITE);
        try (StandaloneHost host = StandaloneHost.open(setup)) {
            List<FieldDefinition> fields = host.settings().fields();
            List<ExportRow> rows = ProfileExport.activeRows(host.profiles(), host.users(),
                    host.settings().settings().activeUserPolicy(), fields);
            write(rows, fields.stream().map(FieldDefinition::key).toList());
        }
        return ExitCode.SUCCESS;
    }

    private void write(List<ExportRow> rows, List<String> keys) throws IOException {
        if (output == null) {
            writeTo(context.out(), rows, keys);
            return;
        }
        Path target = context.resolve(output);
        try (Writer writer = new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
            writeTo(writer, rows, keys);
        } catch (IOException e) {
            throw new ConfigException("--output", "cannot write " + target + " (" + e.getClass().getSimpleName()
                    + "): check that its folder exists and is writable", e);
        }
        context.err().println("Exported " + rows.size() + " users to " + target);
    }

    private void writeTo(Writer writer, List<ExportRow> rows, List<String> keys) throws IOException {
        if (format == Format.CSV) {
            CsvExport.write(rows, keys, writer);
        } else {
            JsonExport.write(rows, writer);
        }
    }
}
