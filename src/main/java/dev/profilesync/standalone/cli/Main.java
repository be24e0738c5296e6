package dev.profilesync.standalone.cli;

import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.host.ExitCode;
import dev.profilesync.standalone.host.RunFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The standalone runner: {@code java -jar profile-sync-standalone.jar [command]}. Without a command it runs the
 * demo. Exit codes: 0 success, 1 partial, 2 failed or refused, 64 wrong command line or config file.
 */
@Command(name = "profile-sync", mixinStandardHelpOptions = true, version = "profile-sync 1.0.0-SNAPSHOT",
        description = "Syncs LDAP attributes into profile fields. Without a command, runs the demo.",
        subcommands = {DemoCommand.class, SyncCommand.class, ServeCommand.class, ExportCommand.class, BenchCommand.class,
                BenchDirectoryCommand.class, FlameGraphCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0   success", "  1   partial: some users or directories failed (see the report)",
                "  2   failed or refused (already running, read-only mode, no directory or",
                "      database reachable)",
                "  64  wrong command line or config file; nothing was changed"})
public final class Main implements Callable<Integer> {
    /** Held so the JUL level set in {@link #main} is not garbage-collected with the logger. */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");
    private final CliContext context;

    Main(CliContext context) {
        this.context = context;
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(args, CliContext.system()));
    }

    /** Runs one command line and returns its exit code; output goes where the context says. */
    static int run(String[] args, CliContext context) {
        args = demoWhenNoCommand(args);
        CommandLine cli = new CommandLine(new Main(context), new ContextFactory(context));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setParameterExceptionHandler((e, arguments) -> {
            context.err().println("error: usage: " + e.getMessage() + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, context));
        int code = cli.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    /**
     * Options without a command are the demo's ({@code java -jar ... --no-serve}): the README's first command runs
     * the demo, so every demo option works there too. The runner's own --help and --version stay its own.
     */
    static String[] demoWhenNoCommand(String[] args) {
        if (args.length == 0 || !args[0].startsWith("-") || java.util.Set.of("-h", "--help", "-V", "--version")
                .contains(args[0])) {
            return args;
        }
        String[] withDemo = new String[args.length + 1];
        withDemo[0] = "demo";
        System.arraycopy(args, 0, withDemo, 1, args.length);
        return withDemo;
    }

    @Override
    public Integer call() {
        return new DemoCommand(context).call();
    }

    private static int failure(Exception e, CliContext context) {
        if (e instanceof ConfigException config) {
            context.err().println("error: " + config.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof RunFailure failure) {
            context.err().println("error: " + failure.getMessage());
            return ExitCode.FAILED;
        }
        context.err().println("error: unexpected failure: " + e);
        e.printStackTrace(context.err());
        return ExitCode.FAILED;
    }

    /**
     * The runner prints its own progress; logs are for trouble. Profile Sync and the libraries that use SLF4J (Active
     * Objects' schema, HikariCP) log through slf4j-simple to stderr at WARN unless {@code -Dorg.slf4j.simpleLogger.*}
     * says otherwise. The JDK's HTTP server and HSQLDB's checkpoints log through java.util.logging: WARNING too.
     */
    private static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("hsqldb.reconfig_logging", "false");
        ROOT_LOGGER.setLevel(Level.WARNING);
    }

    /** Builds commands with the context, so tests can capture their output. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
