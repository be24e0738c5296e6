package dev.profilesync.standalone.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times the {@code sync} command from process start to its first LDAP request: writes a config file for the
 * benchmark's directory (reached through a {@link TimingProxy}) and an embedded database in a temporary folder,
 * then runs {@code sync --mode user} as a real child process. The first run creates the tables and is not counted,
 * as a scheduled sync meets an existing database.
 */
public final class StartupProbe {
    static final String PASSWORD_VARIABLE = "PROFILESYNC_BENCH_STARTUP_PASSWORD";
    public static final double TARGET_MILLIS = 1_000;
    private static final int EXIT_TIMEOUT_SECONDS = 120;

    /** Where the child connects, as whom, and which user it syncs. */
    public record Target(String ldapUrl, String bindDn, String password, String baseDn, String userDn,
                         String username) {
        @Override
        public String toString() {
            return "Target[" + ldapUrl + " as " + bindDn + ", " + userDn + "," + baseDn + ", user " + username + "]";
        }
    }

    private final Target target;
    private final int runs;
    private final List<String> javaOptions;

    /** @param javaOptions options for the child's JVM, e.g. -XX:TieredStopAtLevel=1 */
    public StartupProbe(Target target, int runs, List<String> javaOptions) {
        this.target = target;
        this.runs = runs;
        this.javaOptions = List.copyOf(javaOptions);
    }

    public BenchResult.Startup run(Path folder) throws IOException {
        URI url = URI.create(target.ldapUrl());
        try (TimingProxy proxy = new TimingProxy(url.getHost(), url.getPort() < 0 ? 389 : url.getPort())) {
            Path config = folder.resolve("startup-config.json");
            Files.writeString(config, config(proxy.port(), folder.resolve("data")), StandardCharsets.UTF_8);
            List<String> command = command(javaOptions, config, target.username());
            once(command, proxy);
            List<Double> firstRequest = new ArrayList<>();
            List<Double> exit = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                double[] times = once(command, proxy);
                firstRequest.add(times[0]);
                exit.add(times[1]);
            }
            return BenchResult.Startup.of(String.join(" ", command), firstRequest, exit, TARGET_MILLIS);
        }
    }

    /** Milliseconds from start to the first connection, and to the process's exit. */
    private double[] once(List<String> command, TimingProxy proxy) throws IOException {
        proxy.reset();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(PASSWORD_VARIABLE, target.password());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the sync child process did not end within " + EXIT_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the sync child process ran", e);
        } finally {
            process.destroyForcibly();
        }
        long end = System.nanoTime();
        long first = proxy.firstAcceptNanos();
        if (first == 0) {
            throw new IOException("the sync child process (exit code " + process.exitValue() + ") never connected "
                    + "to the directory: run its command by hand to see why: " + String.join(" ", command));
        }
        return new double[] {(first - start) / 1e6, (end - start) / 1e6};
    }

    /** {@code java -jar} when the benchmark itself runs from the jar, else the same class path. */
    static List<String> command(List<String> javaOptions, Path config, String username) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(javaOptions);
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, "dev.profilesync.standalone.cli.Main"));
        }
        command.addAll(List.of("sync", "--config", config.toString(), "--mode", "user", "--user", username));
        return command;
    }

    private String config(int proxyPort, Path data) {
        return """
                {
                  "directories": [{"id": "bench", "name": "Benchmark directory", "url": "ldap://127.0.0.1:%d",
                    "bindDn": "%s", "passwordEnv": "%s", "baseDn": "%s", "userDn": "%s",
                    "userFilter": "(objectClass=inetOrgPerson)", "usernameAttribute": "uid",
                    "uuidAttribute": "entryUUID", "timestampAttribute": "modifyTimestamp"}],
                  "database": {"embedded": "%s"},
                  "fields": [{"key": "department", "label": "Department", "ldapAttribute": "ou"}]
                }
                """.formatted(proxyPort, json(target.bindDn()), PASSWORD_VARIABLE, json(target.baseDn()),
                json(target.userDn()), json(data.toString()));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
