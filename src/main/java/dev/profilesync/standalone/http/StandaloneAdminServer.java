package dev.profilesync.standalone.http;

import com.sun.net.httpserver.HttpServer;
import dev.profilesync.web.AdminApi;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The standalone runner's web server for the Advanced Options page, on the JDK's built-in HTTP server. It binds
 * 127.0.0.1 by default, asks for the admin login (generated and printed once at the first start, kept hashed in the
 * data folder), keeps sessions in memory and sends the security headers. Start it with {@link #start}; stop it with
 * {@link #stop()}. The {@link AdminApi} stays the caller's to close.
 */
public final class StandaloneAdminServer implements AutoCloseable {
    /** Enough that a few stalled clients, until {@link SlowClientGuard} drops them, leave threads for the page. */
    private static final int THREADS = 16;

    /**
     * @param bindAddress where to listen; 127.0.0.1 unless the admin chose otherwise
     * @param port        TCP port, 0 for any free port
     * @param dataFolder  where the admin credential is kept (the runner's data folder)
     * @param console     where the generated password is printed, once
     */
    public record Config(String bindAddress, int port, Path dataFolder, PrintWriter console) {
        public static final String LOOPBACK = "127.0.0.1";
        public static final int DEFAULT_PORT = 8090;

        public Config {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? LOOPBACK : bindAddress.trim();
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(
                        "port: " + port + " is not a TCP port; use 1-65535, or 0 for any free port");
            }
            Objects.requireNonNull(dataFolder, "dataFolder");
            console = console == null ? new PrintWriter(System.out, true) : console;
        }

        /** Loopback only, on the given port. */
        public static Config local(int port, Path dataFolder, PrintWriter console) {
            return new Config(LOOPBACK, port, dataFolder, console);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Sessions sessions;
    private final URI url;

    private StandaloneAdminServer(HttpServer server, ExecutorService threads, Sessions sessions, URI url) {
        this.server = server;
        this.threads = threads;
        this.sessions = sessions;
        this.url = url;
    }

    /** Starts serving; the returned server's {@link #url()} is the address to open. */
    public static StandaloneAdminServer start(Config config, AdminApi api) throws IOException {
        return start(config, api, Optional.empty());
    }

    /**
     * Starts serving the admin page and, when given, the people pages ({@code /people}); with
     * {@link PeopleSite#publicPeople()} those are readable without logging in, which is allowed on loopback only.
     */
    public static StandaloneAdminServer start(Config config, AdminApi api, Optional<PeopleSite> people)
            throws IOException {
        return start(config, api, people, Optional.empty());
    }

    /** As above, with {@code /me}, where people log in with their directory credentials and edit their profile. */
    public static StandaloneAdminServer start(Config config, AdminApi api, Optional<PeopleSite> people,
                                              Optional<SelfServiceSite> selfService) throws IOException {
        AdminCredential credential = AdminCredential.loadOrCreate(config.dataFolder(), config.console());
        SlowClientGuard.install();
        // Without it the JDK server sends headers and body in two packets and small pages wait out the client's
        // delayed ACK (about 40 ms each). Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        InetAddress address = InetAddress.getByName(config.bindAddress());
        if (people.map(PeopleSite::publicPeople).orElse(false) && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("--public-people: the people pages may be public only on 127.0.0.1; "
                    + "bind to loopback or drop --public-people");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(address, config.port()), 0);
        int port = server.getAddress().getPort();
        Clock clock = Clock.systemUTC();
        Sessions sessions = new Sessions(clock);
        AdminHandler handler = new AdminHandler(api, credential, sessions, new LoginThrottle(clock),
                allowedHosts(address, port), people);
        selfService.ifPresent(site -> handler.withSelfService(new SelfServiceHandler(site, clock)));
        server.createContext("/", handler);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "profile-sync-admin-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : hostForUrl(address);
        return new StandaloneAdminServer(server, threads, sessions, URI.create("http://" + host + ":" + port + "/"));
    }

    /** The page's address, e.g. http://127.0.0.1:8090/. */
    public URI url() {
        return url;
    }

    /** Stops listening, ends every session and waits briefly for requests in flight. */
    public void stop() {
        server.stop(1);
        sessions.clear();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The Host headers accepted; empty (any) when bound to every interface, where the admin chose exposure. */
    static Set<String> allowedHosts(InetAddress address, int port) {
        Set<String> hosts = new LinkedHashSet<>();
        if (address.isAnyLocalAddress()) {
            return hosts;
        }
        hosts.add(hostForUrl(address) + ":" + port);
        if (address.isLoopbackAddress()) {
            hosts.add("localhost:" + port);
            hosts.add("127.0.0.1:" + port);
            hosts.add("[::1]:" + port);
        }
        String name = address.getHostName();
        if (name != null && !name.isBlank()) {
            hosts.add(name.toLowerCase(Locale.ROOT) + ":" + port);
        }
        return hosts;
    }

    private static String hostForUrl(InetAddress address) {
        String literal = address.getHostAddress();
        return literal.contains(":") ? "[" + literal + "]" : literal;
    }
}
