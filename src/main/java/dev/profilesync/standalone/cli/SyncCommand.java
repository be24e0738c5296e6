package dev.profilesync.standalone.cli;

import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.host.ExitCode;
import dev.profilesync.standalone.host.StandaloneHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code sync}: one run against the directories of a config file. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Syncs profile fields from the directories in the config file (see docs/configuration.md).",
                "Passwords come from the environment variables or files the config names, never from the command "
                        + "line."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0 success, 1 partial, 2 failed or refused, 64 wrong command line or config file"})
final class SyncCommand implements Callable<Integer> {
    /** The modes as typed on the command line. */
    enum Mode { FULL, INCREMENTAL, USER }

    private final CliContext context;

    @Mixin
    ConfigFileOption config;

    @Option(names = "--mode", paramLabel = "MODE", description = "full, incremental or user (default: incremental "
            + "when the settings turn incremental sync on, else full)")
    Mode mode;

    @Option(names = "--user", paramLabel = "NAME", description = "the username for --mode user")
    String user;

    @Option(names = "--dry-run", description = "list every change (user, field, old -> new) without writing")
    boolean dryRun;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--read-only", description = "act as a host in read-only mode: the sync is refused")
    boolean readOnly;

    SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        checkUserOption();
        try (StandaloneHost host = ConfiguredHost.open(context, config.file(),
                readOnly ? () -> true : AccessMode.READ_WRITE, true)) {
            if (!dryRun) {
                host.settings().persist();
            }
            SyncReport report = host.engine().run(request());
            if (json) {
                context.out().println(JsonOutput.pretty(report));
            } else {
                ReportPrinter.print(report, context.out());
            }
            return ExitCode.of(report.outcome());
        }
    }

    private void checkUserOption() {
        if (mode == Mode.USER && (user == null || user.isEmpty())) {
            throw new ConfigException("--user", "--mode user needs --user NAME: give the username to sync");
        }
        if (mode != Mode.USER && user != null) {
            throw new ConfigException("--user", "--user works only with --mode user: add --mode user");
        }
    }

    private SyncRequest request() {
        if (mode == null) {
            SyncRequest configured = SyncRequest.asConfigured(SyncTrigger.COMMAND_LINE);
            return dryRun ? configured.asDryRun() : configured;
        }
        SyncMode syncMode = switch (mode) {
            case FULL -> SyncMode.FULL;
            case INCREMENTAL -> SyncMode.INCREMENTAL;
            case USER -> SyncMode.SINGLE_USER;
        };
        return new SyncRequest(syncMode, SyncTrigger.COMMAND_LINE, Optional.ofNullable(user), dryRun);
    }
}
