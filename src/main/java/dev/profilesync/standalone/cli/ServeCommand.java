package dev.profilesync.standalone.cli;

import dev.profilesync.core.port.AccessMode;
import dev.profilesync.standalone.host.AdminPageServing;
import dev.profilesync.standalone.host.StandaloneHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code serve}: the Advanced Options page and the scheduled job over the directories of a config file. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the Advanced Options admin page on 127.0.0.1 and runs the External User Directory "
                + "Sync Job on its schedule, over the directories and database of the config file.",
                "The admin password is generated at first start and printed once; it is kept hashed in the data "
                        + "folder."})
final class ServeCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ConfigFileOption config;

    @Mixin
    ServingOptions serving;

    @Option(names = "--data", paramLabel = "DIR", description = "where the admin credential is kept when the "
            + "config has no embedded database folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("profile-sync-data");

    @Option(names = "--read-only", description = "act as a host in read-only mode: the page disables every change")
    boolean readOnly;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int port = serving.port();
        Path folder = ConfiguredHost.dataFolder(context, config.file(), data);
        try (AdminPageServing.ProcessShutdown shutdown = new AdminPageServing.ProcessShutdown();
             StandaloneHost host = ConfiguredHost.open(context, config.file(),
                     readOnly ? () -> true : AccessMode.READ_WRITE)) {
            host.settings().persist();
            return AdminPageServing.serveUntil(shutdown.requested(), host, folder, port, serving.publicPeople(),
                    context.out());
        }
    }
}
