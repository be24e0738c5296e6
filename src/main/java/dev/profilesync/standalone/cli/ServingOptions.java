package dev.profilesync.standalone.cli;

import dev.profilesync.standalone.config.ConfigException;
import picocli.CommandLine.Option;

/** How the commands that serve pages ({@code demo}, {@code serve}) serve them (a picocli mixin). */
public final class ServingOptions {
    @Option(names = "--port", paramLabel = "N",
            description = "port of the admin and people pages on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    private int port = 8090;

    @Option(names = "--public-people", description = "serve the people pages (/people) without login, on 127.0.0.1")
    private boolean publicPeople;

    /** The port, checked: a config error naming {@code --port} when it is not one. */
    public int port() {
        if (port < 1 || port > 65_535) {
            throw new ConfigException("--port", "give a port from 1 to 65535");
        }
        return port;
    }

    public boolean publicPeople() {
        return publicPeople;
    }
}
