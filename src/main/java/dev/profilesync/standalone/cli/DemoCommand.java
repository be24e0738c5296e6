package dev.profilesync.standalone.cli;

import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.config.SettingsOverride;
import dev.profilesync.standalone.demo.DefaultFields;
import dev.profilesync.standalone.demo.DemoOrganisation;
import dev.profilesync.standalone.demo.EmbeddedDirectory;
import dev.profilesync.standalone.host.AdminPageServing;
import dev.profilesync.standalone.host.ExitCode;
import dev.profilesync.standalone.host.StandaloneHost;
import dev.profilesync.store.embedded.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code demo}: an embedded directory with a generated company, an embedded database, one full sync, the report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts an embedded LDAP directory on 127.0.0.1 seeded with a generated company, syncs it "
                + "into an embedded database and prints the report.",
                "Field mappings are created on first start; later runs use the stored ones."})
final class DemoCommand implements Callable<Integer> {
    static final String PEOPLE = "ou=people";

    private final CliContext context;

    @Option(names = "--users", paramLabel = "N",
            description = "people in the generated company (default: ${DEFAULT-VALUE})")
    int users = 1000;

    @Option(names = "--seed", paramLabel = "N",
            description = "the same seed gives the same people (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--data", paramLabel = "DIR", description = "embedded database folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("profile-sync-data");

    @Mixin
    ServingOptions serving;

    @Option(names = "--no-serve", description = "sync, print the report and exit, without serving the admin page")
    boolean noServe;

    private AdminPageServing.ProcessShutdown shutdown;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (users < 1 || users > 1_000_000) {
            throw new ConfigException("--users", "give a number of people from 1 to 1000000");
        }
        serving.port(); // checked before anything starts
        try (AdminPageServing.ProcessShutdown stopping = noServe ? null : new AdminPageServing.ProcessShutdown()) {
            shutdown = stopping;
            return syncAndServe(context.resolve(data));
        }
    }

    private int syncAndServe(Path folder) {
        DemoOrganisation organisation = new DemoOrganisation(PEOPLE + "," + EmbeddedDirectory.BASE_DN, users, seed,
                true);
        try (EmbeddedDirectory directory = EmbeddedDirectory.start()) {
            directory.add(organisation);
            context.out().println("Embedded directory: " + directory.url() + ", " + users + " people under "
                    + PEOPLE + "," + EmbeddedDirectory.BASE_DN);
            context.out().println("Database: " + folder);
            context.out().println("Demo people log in to /me (Edit my profile) with their uid, e.g. "
                    + organisation.usernames().get(0) + ", and the password " + directory.peoplePassword());
            StandaloneHost.Setup setup = new StandaloneHost.Setup(DatabaseConfig.embeddedFile(folder),
                    Optional.of(folder), List.of(new LdapDirectoryReader(
                            directory.readerConfig("demo", "Demo directory", PEOPLE))),
                    Map.of(), Optional.empty(), SettingsOverride.NONE, AccessMode.READ_WRITE);
            try (StandaloneHost host = StandaloneHost.open(setup)) {
                ensureFields(host);
                SyncReport report = host.engine().run(SyncRequest.full(SyncTrigger.COMMAND_LINE));
                context.out().println();
                ReportPrinter.print(report, context.out());
                int code = ExitCode.of(report.outcome());
                return noServe ? code : Math.max(code, serve(host, folder, serving.port()));
            }
        }
    }

    private void ensureFields(StandaloneHost host) {
        if (host.settings().fields().isEmpty()) {
            host.settings().saveFields(DefaultFields.demo());
            context.out().println("Field mappings: created " + DefaultFields.demo().size() + " defaults");
        } else {
            context.out().println("Field mappings: " + host.settings().fields().size() + " stored");
        }
    }

    /**
     * Serves the admin page on 127.0.0.1:{@code port} over this host's engine and stores (the admin credential is
     * kept in {@code dataFolder}), prints its URL, and blocks until the process is stopped. The directory and
     * database stay open while it runs.
     */
    int serve(StandaloneHost host, Path dataFolder, int port) {
        return AdminPageServing.serveUntil(shutdown.requested(), host, dataFolder, port, serving.publicPeople(),
                context.out());
    }
}
