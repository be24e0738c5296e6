package dev.profilesync.standalone.http;

import java.time.Duration;

/**
 * Drops connections that do not send a whole request in time (slowloris). The JDK's HTTP server reads a request's
 * headers on a worker thread; a client that sends a few bytes and stalls would hold that thread, and a handful of
 * such clients would hold them all, so the page would stop answering. The server's own timer closes a connection
 * whose request (headers and body) is not complete after {@code sun.net.httpserver.maxReqTime} seconds, and one
 * whose response is not taken after {@code sun.net.httpserver.maxRspTime}; both are off unless set. The JDK reads
 * them once, when the first server of the process starts, so {@link #install()} must run before that; a value
 * the admin set on the command line ({@code -Dsun.net.httpserver.maxReqTime=N}) is kept. Thread-safe.
 */
final class SlowClientGuard {
    static final String REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    static final String RESPONSE_TIME = "sun.net.httpserver.maxRspTime";
    static final Duration DEFAULT_REQUEST_LIMIT = Duration.ofSeconds(10);
    static final Duration DEFAULT_RESPONSE_LIMIT = Duration.ofSeconds(60);

    private SlowClientGuard() {
    }

    static synchronized void install() {
        setIfAbsent(REQUEST_TIME, DEFAULT_REQUEST_LIMIT);
        setIfAbsent(RESPONSE_TIME, DEFAULT_RESPONSE_LIMIT);
    }

    /** The time a client has to send a whole request, as the server applies it. */
    static Duration requestLimit() {
        return Duration.ofSeconds(Long.getLong(REQUEST_TIME, DEFAULT_REQUEST_LIMIT.toSeconds()));
    }

    private static void setIfAbsent(String property, Duration limit) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Long.toString(limit.toSeconds()));
        }
    }
}
