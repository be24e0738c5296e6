package dev.profilesync.standalone.bench;

import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The benchmark's embedded directory, run in a JVM of its own ({@code profile-sync bench-directory}) so that the
 * heap the benchmark reports is the sync's, not the in-memory server's (100,000 entries take about a gigabyte). The
 * child's root password is made up here and handed over in its environment, never on a command line; the child
 * stops when this side closes its standard input.
 */
final class DirectoryProcess implements AutoCloseable {
    static final String PASSWORD_VARIABLE = "PROFILESYNC_BENCH_DIRECTORY_PASSWORD";
    static final String READY = "ready ";
    private static final int START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final String url;
    private final String password;
    private final Thread killOnExit;

    private DirectoryProcess(Process process, String url, String password) {
        this.process = process;
        this.url = url;
        this.password = password;
        // Closing its input stops the child; a benchmark killed before close() must not leave it behind.
        this.killOnExit = new Thread(process::destroyForcibly, "bench-directory-reaper");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the child with a heap sized for {@code users} entries and waits until it listens. */
    static DirectoryProcess start(int users) throws IOException {
        String password = HexFormat.of().formatHex(SecureRandom.getSeed(16));
        long heapMiB = Math.max(512, 256 + users * 12L / 1024);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heapMiB + "m",
                "-cp", System.getProperty("java.class.path"), "dev.profilesync.standalone.cli.Main", "bench-directory"));
        builder.environment().put(PASSWORD_VARIABLE, password);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        try {
            String line = firstLine(process);
            if (line == null || !line.startsWith(READY)) {
                throw new IOException("the benchmark's directory process did not start (it said: " + line + ")");
            }
            return new DirectoryProcess(process, line.substring(READY.length()).trim(), password);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String firstLine(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new IllegalStateException("could not read from the directory process", e);
            }
        });
        try {
            return line.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the benchmark's directory process did not start within " + START_TIMEOUT_SECONDS
                    + " s", e);
        } catch (ExecutionException e) {
            throw new IOException("the benchmark's directory process did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the directory process started", e);
        }
    }

    String url() {
        return url;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs anyway.
            LoggerFactory.getLogger(DirectoryProcess.class)
                    .debug("JVM shutting down; the directory process is stopped by the shutdown hook", e);
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            // Its standard input is already gone: it is stopping, or stopped.
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
