package dev.profilesync.standalone.cli;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.standalone.bench.BenchComparison;
import dev.profilesync.standalone.bench.BenchDatabase;
import dev.profilesync.standalone.bench.BenchDirectory;
import dev.profilesync.standalone.bench.BenchPhase;
import dev.profilesync.standalone.bench.BenchResult;
import dev.profilesync.standalone.bench.BenchRun;
import dev.profilesync.standalone.bench.BenchTable;
import dev.profilesync.standalone.bench.PackedNames;
import dev.profilesync.standalone.bench.PeopleBench;
import dev.profilesync.standalone.bench.PhaseProfiler;
import dev.profilesync.standalone.bench.PostgresReset;
import dev.profilesync.standalone.bench.StartupProbe;
import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.config.ConfigFile;
import dev.profilesync.standalone.config.SecretReference;
import dev.profilesync.standalone.config.SettingsOverride;
import dev.profilesync.standalone.demo.DefaultFields;
import dev.profilesync.standalone.demo.DemoOrganisation;
import dev.profilesync.standalone.host.ExitCode;
import dev.profilesync.standalone.host.RunFailure;
import dev.profilesync.standalone.host.StandaloneHost;
import dev.profilesync.store.embedded.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** {@code bench}: fills a directory with generated people and measures the syncs against a bare paged read. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates N people in a directory (the embedded one, or a real server under "
                + "ou=bench-people,<base-dn>, deleted and recreated first) and measures: a bare paged read (the "
                + "floor), a first full sync, an unchanged full sync, an incremental sync after 1%% changed, "
                + "single-user latency and the heap over time; with several databases (--db both) the same phases "
                + "on each, side by side. Run under -Xmx256m (100,000 users) or -Xmx300m (a million) to prove the "
                + "heap target.",
                "With --json the last line is the result as one JSON object."})
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--users", paramLabel = "N", description = "people to generate (default: ${DEFAULT-VALUE})")
    int users = 10_000;

    @Option(names = "--fields", paramLabel = "N", description = "mapped fields, 1-10 (default: ${DEFAULT-VALUE})")
    int fields = 10;

    @Option(names = "--ldap-url", paramLabel = "URL", description = "a real server, e.g. ldap://127.0.0.1:3389")
    String ldapUrl;

    @Option(names = "--bind-dn", paramLabel = "DN", description = "a bind that may add and delete entries")
    String bindDn;

    @Option(names = "--password-env", paramLabel = "VAR", description = "environment variable holding its password")
    String passwordEnv;

    @Option(names = "--base-dn", paramLabel = "DN", description = "ou=bench-people is created below it")
    String baseDn;

    @Option(names = "--db", paramLabel = "DB[,DB]", description = "hsqldb (a temporary embedded HSQLDB, the "
            + "default), postgres (the test environment's PostgreSQL from PROFILESYNC_PG_URL, _USER and _PASSWORD), "
            + "both (= hsqldb,postgres: the same phases on each, then a side-by-side table), or an empty database's "
            + "JDBC URL")
    String db;

    @Option(names = "--reset-db", description = "drop and recreate the schema public of each PostgreSQL database "
            + "first, so a rerun starts empty (test databases only)")
    boolean resetDb;

    @Option(names = "--startup", description = "also time the sync command as a child process from its start to "
            + "its first LDAP request (target < 1 s)")
    boolean startup;

    @Option(names = "--startup-runs", paramLabel = "N", description = "timed start-ups, after one unmeasured "
            + "(default: ${DEFAULT-VALUE})")
    int startupRuns = 5;

    @Option(names = "--startup-java-options", paramLabel = "OPTIONS", description = "JVM options for the timed "
            + "sync processes, space-separated, e.g. \"-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=ps.jsa\"")
    String startupJavaOptions;

    @Option(names = "--jfr-phase", paramLabel = "PHASE", description = "record this phase with JFR and render a "
            + "flame graph: floor, first, unchanged, incremental or single")
    String jfrPhase;

    @Option(names = "--jfr-out", paramLabel = "PATH", description = "where the recording, collapsed stacks and SVG "
            + "go, without extension (default: bench-PHASE; with several databases the database is appended)")
    Path jfrOut;

    @Option(names = "--load-connections", paramLabel = "N", description = "LDAP connections that add the generated "
            + "people in parallel (default: ${DEFAULT-VALUE})")
    int loadConnections = 4;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VAR", description = "environment variable holding the "
            + "database password")
    String dbPasswordEnv;

    @Option(names = "--page-size", paramLabel = "N", description = "LDAP page size (default: 500 for a real server; "
            + "all entries in one page for the embedded one, whose paging costs O(N^2))")
    Integer pageSize;

    @Option(names = "--batch-size", paramLabel = "N", description = "users per transaction (default: ${DEFAULT-VALUE})")
    int batchSize = 1000;

    @Option(names = "--single-user-runs", paramLabel = "N", description = "single-user syncs timed "
            + "(default: ${DEFAULT-VALUE})")
    int singleUserRuns = 1000;

    @Option(names = "--single-user-warmup", paramLabel = "N", description = "single-user syncs run before the timed "
            + "ones, so they meet a JVM that has compiled their path as a server's has; their p99 is given as the "
            + "cold p99 (default: ${DEFAULT-VALUE})")
    int singleUserWarmup = 1000;

    @Option(names = "--unchanged-warmup", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "run one unchanged full sync before the timed one, so that it meets compiled code as a "
            + "server's nightly job does; the warm-up is given as the cold unchanged sync (default: on; "
            + "--no-unchanged-warmup times the first)")
    boolean unchangedWarmup = true;

    @Option(names = "--incremental-warmup", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "run one incremental sync, after 1% of other entries changed, before the timed one, so "
            + "that it meets a JVM that has run one as a server's has; the warm-up is given as the cold incremental "
            + "(default: on; --no-incremental-warmup times the first)")
    boolean incrementalWarmup = true;

    @Option(names = "--seed", paramLabel = "N",
            description = "the same seed gives the same people (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--json", description = "also print the result as one JSON object, on the last line")
    boolean json;

    @Option(names = "--people", description = "also time the people pages over HTTP: a directory search, a Profile "
            + "List of 1,000 people and a person's org chart")
    boolean people;

    @Option(names = "--people-requests", paramLabel = "N", description = "requests timed per people page "
            + "(default: ${DEFAULT-VALUE})")
    int peopleRequests = 200;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LDAPException, IOException {
        checkOptions();
        List<BenchDatabase> databases = databases();
        List<FieldDefinition> mapped = DefaultFields.first(fields);
        try (BenchDirectory directory = directory()) {
            Loaded loaded = load(directory);
            List<BenchResult> results = new ArrayList<>();
            for (int i = 0; i < databases.size(); i++) {
                results.add(runOn(databases.get(i), i + 1, databases.size() > 1, directory, mapped, loaded));
            }
            BenchResult.Startup startupResult = startup ? startup(directory, loaded) : null;
            results = results.stream().map(r -> r.withStartup(startupResult)).toList();
            for (BenchResult result : results) {
                context.out().println();
                BenchTable.print(result, context.out());
            }
            BenchComparison comparison = results.size() > 1
                    ? BenchComparison.of(databases.stream().map(BenchDatabase::name).toList(), results) : null;
            if (comparison != null) {
                context.out().println();
                comparison.print(context.out());
            }
            if (json) {
                context.out().println(JsonOutput.line(comparison == null ? results.get(0)
                        : new BenchComparison.Runs(results, comparison)));
            }
            return ExitCode.SUCCESS;
        }
    }

    /** The generated people's usernames, when they were loaded and how long that took. */
    private record Loaded(List<String> usernames, long atNanos, double seconds) {
    }

    private BenchResult runOn(BenchDatabase database, int round, boolean several, BenchDirectory directory,
                              List<FieldDefinition> mapped, Loaded loaded) throws LDAPException, IOException {
        say("run " + round + " on " + database.name());
        Path tempData = database.embedded() ? Files.createTempDirectory("profile-sync-bench") : null;
        try {
            DatabaseConfig config = tempData != null ? DatabaseConfig.embeddedFile(tempData)
                    : new DatabaseConfig(database.jdbcUrl().orElseThrow(), database.user(), database.password());
            if (resetDb && tempData == null) {
                PostgresReset.reset(config);
            }
            try (StandaloneHost host = StandaloneHost.open(new StandaloneHost.Setup(config, Optional.empty(),
                    List.of(new LdapDirectoryReader(directory.readerConfig(pageSize()))), Map.of(),
                    Optional.of(mapped), batchSize(), AccessMode.READ_WRITE))) {
                requireEmpty(host);
                host.settings().persist();
                BenchRun.Subject subject = new BenchRun.Subject(directory,
                        new LdapDirectoryReader(directory.readerConfig(pageSize())), host, mapped,
                        loaded.usernames(), loaded.atNanos());
                BenchRun.Options options = new BenchRun.Options(singleUserRuns, singleUserWarmup, unchangedWarmup,
                        incrementalWarmup, seed, round, profiler(database, several));
                BenchRun.Measured measured = new BenchRun(subject, options, context.err()).run();
                List<BenchResult.PeopleRead> peopleReads = people ? peopleReads(host) : List.of();
                return new BenchResult(users, mapped.size(), BenchRun.attributesRead(mapped).size(),
                        directory.describe(), tempData != null ? "embedded HSQLDB (temporary folder)"
                        : database.name() + " " + StandaloneHost.withoutPassword(config.jdbcUrl()), machine(),
                        loaded.seconds(), measured.phases(), measured.singleUser(), measured.heap(), peopleReads, null);
            }
        } finally {
            if (tempData != null) {
                deleteRecursively(tempData);
            }
        }
    }

    private Optional<PhaseProfiler> profiler(BenchDatabase database, boolean several) {
        if (jfrPhase == null) {
            return Optional.empty();
        }
        BenchPhase phase = BenchPhase.ofKey(jfrPhase);
        Path prefix = jfrOut != null ? jfrOut : Path.of("bench-" + phase.key());
        if (several) {
            prefix = prefix.resolveSibling(prefix.getFileName() + "-"
                    + database.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        }
        return Optional.of(new PhaseProfiler(phase, context.resolve(prefix)));
    }

    private BenchResult.Startup startup(BenchDirectory directory, Loaded loaded) throws IOException {
        LdapDirectoryConfig reader = directory.readerConfig(pageSize());
        say("sync start-up: " + startupRuns + " child processes after one unmeasured");
        Path folder = Files.createTempDirectory("profile-sync-bench-startup");
        try {
            BenchResult.Startup result = new StartupProbe(new StartupProbe.Target(reader.url(), reader.bindDn(),
                    reader.password(), reader.baseDn(), reader.userDn(), loaded.usernames().get(0)), startupRuns,
                    startupJavaOptions == null || startupJavaOptions.isBlank() ? List.of()
                            : List.of(startupJavaOptions.trim().split("\\s+")))
                    .run(folder);
            say("  first LDAP request after " + result.firstRequestMillis() + " ms");
            return result;
        } catch (IOException e) {
            // Comes last: the sync phases' results are worth more than this one line.
            say("  start-up not measured: " + e.getMessage());
            return null;
        } finally {
            deleteRecursively(folder);
        }
    }

    private List<BenchDatabase> databases() {
        try {
            return BenchDatabase.parse(db, context.environment()::apply, dbUser,
                    () -> password("--db-password-env", dbPasswordEnv, false));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--db", e.getMessage());
        }
    }

    private List<BenchResult.PeopleRead> peopleReads(StandaloneHost host) throws IOException {
        Path adminFolder = Files.createTempDirectory("profile-sync-bench-admin");
        try {
            return new PeopleBench(host, adminFolder, peopleRequests, seed, context.err()).run();
        } finally {
            deleteRecursively(adminFolder);
        }
    }

    /** Fills the directory; only the usernames are kept, so the generated entries do not count as sync heap. */
    private Loaded load(BenchDirectory directory) throws LDAPException {
        DemoOrganisation organisation = new DemoOrganisation(directory.peopleDn(), users, seed, false);
        say("loading " + users + " people into " + directory.describe() + " over " + loadConnections
                + " connections");
        long start = System.nanoTime();
        directory.load(organisation, loadConnections);
        long loadedAt = System.nanoTime();
        double seconds = (loadedAt - start) / 1e9;
        say(String.format(Locale.ROOT, "  loaded in %.1f s (%,.0f people/s)", seconds, users / seconds));
        return new Loaded(PackedNames.of(organisation.usernames()), loadedAt, seconds);
    }

    /**
     * UnboundID's in-memory server answers each page by running the whole search again and dropping the entries
     * before the page one by one from an array list, which takes hours at 100,000 entries with pages of 500. It has
     * no size limit, so by default it is read in one page; real servers get the usual 500.
     */
    private int pageSize() {
        if (pageSize != null) {
            return pageSize;
        }
        return ldapUrl == null ? Math.max(users, 500) : 500;
    }

    private void checkOptions() {
        if (users < 1 || users > 2_000_000) {
            throw new ConfigException("--users", "give a number of people from 1 to 2000000");
        }
        if (fields < 1 || fields > DefaultFields.all().size()) {
            throw new ConfigException("--fields", "give a number of fields from 1 to " + DefaultFields.all().size());
        }
        if (singleUserRuns < 1) {
            throw new ConfigException("--single-user-runs", "give at least 1");
        }
        if (singleUserWarmup < 0) {
            throw new ConfigException("--single-user-warmup", "give 0 or more");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new ConfigException("--batch-size", "give a batch size from 1 to 10000 users");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > 2_000_000)) {
            throw new ConfigException("--page-size", "give a page size from 1 to 2000000");
        }
        boolean anyRemote = ldapUrl != null || bindDn != null || passwordEnv != null || baseDn != null;
        boolean allRemote = ldapUrl != null && bindDn != null && passwordEnv != null && baseDn != null;
        if (anyRemote && !allRemote) {
            throw new ConfigException("--ldap-url", "a real directory needs all of --ldap-url, --bind-dn, "
                    + "--password-env and --base-dn");
        }
        if ((db == null || !db.contains("jdbc:")) && (dbUser != null || dbPasswordEnv != null)) {
            throw new ConfigException("--db", "--db-user and --db-password-env need --db JDBC_URL");
        }
        if (startupRuns < 1) {
            throw new ConfigException("--startup-runs", "give at least 1");
        }
        if (loadConnections < 1 || loadConnections > 32) {
            throw new ConfigException("--load-connections", "give 1 to 32 connections");
        }
        if (jfrPhase != null) {
            try {
                BenchPhase.ofKey(jfrPhase);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--jfr-phase", e.getMessage());
            }
        }
    }

    private BenchDirectory directory() throws IOException {
        if (ldapUrl == null) {
            try {
                return BenchDirectory.embedded(users);
            } catch (LDAPException e) {
                throw new RunFailure("bench", "cannot reach the benchmark's own directory process ("
                        + e.getMessage() + ")", e);
            }
        }
        String password = password("--password-env", passwordEnv, true);
        try {
            return BenchDirectory.remote(ldapUrl, bindDn, password, baseDn);
        } catch (LDAPException e) {
            throw new RunFailure("--ldap-url", "cannot bind to " + ldapUrl + " as " + bindDn + " ("
                    + e.getResultCode() + ": " + e.getDiagnosticMessage() + "): check the URL, the bind DN and the "
                    + "password in " + passwordEnv, e);
        }
    }

    private String password(String option, String variable, boolean required) {
        if (variable == null) {
            if (required) {
                throw new ConfigException(option, "name the environment variable that holds the password");
            }
            return "";
        }
        if (!SecretReference.looksLikeVariableName(variable)) {
            throw new ConfigException(option, "is not the name of an environment variable " + SecretReference.HIDDEN
                    + ": give the NAME of a variable that holds the password, e.g. " + option + " PS_LDAP_PASSWORD");
        }
        String value = context.environment().apply(variable);
        if (value == null || value.isEmpty()) {
            throw new ConfigException(option, "environment variable " + variable + " is not set: export it with "
                    + "the password");
        }
        return value;
    }

    private SettingsOverride batchSize() {
        return new SettingsOverride(new ConfigFile.Settings(null, null, null, null, null, batchSize, null, null));
    }

    private static void requireEmpty(StandaloneHost host) {
        AtomicLong stored = new AtomicLong();
        host.profiles().forEach(profile -> stored.incrementAndGet());
        if (stored.get() > 0) {
            throw new ConfigException("--db", "the database already holds " + stored.get() + " profiles: give an "
                    + "empty database, so the first full sync starts from nothing");
        }
    }

    private static String machine() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors() + " processors, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }

    private void say(String line) {
        context.err().println("bench: " + line);
        context.err().flush();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
