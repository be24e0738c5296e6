package dev.profilesync.standalone.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in admin sessions, in memory: a random id (the cookie) and a random XSRF token each. Sessions end after
 * {@link #IDLE} without a request, after {@link #ABSOLUTE} in any case, at logout and when the server stops.
 * Thread-safe.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    static final int MAX_SESSIONS = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One login. */
    record Session(String id, String username, String xsrfToken, Instant created, Instant lastSeen) {
        boolean tokenMatches(String candidate) {
            return candidate != null && MessageDigest.isEqual(xsrfToken.getBytes(StandardCharsets.UTF_8),
                    candidate.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session create(String username) {
        Instant now = clock.instant();
        expire(now);
        if (byId.size() >= MAX_SESSIONS) {
            // Logins beyond the cap push out the oldest: a forgotten browser should not lock the admin out.
            byId.values().stream().min(java.util.Comparator.comparing(Session::lastSeen))
                    .ifPresent(oldest -> byId.remove(oldest.id()));
        }
        Session session = new Session(randomToken(), username, randomToken(), now, now);
        byId.put(session.id(), session);
        return session;
    }

    /** The live session with this id, touched; empty when unknown or expired. */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(session.id(), session.username(), session.xsrfToken(), session.created(), now);
        byId.replace(id, session, touched);
        return Optional.of(touched);
    }

    void remove(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    void clear() {
        byId.clear();
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void expire(Instant now) {
        byId.values().removeIf(session -> expired(session, now));
    }

    private static boolean expired(Session session, Instant now) {
        return session.lastSeen().plus(IDLE).isBefore(now) || session.created().plus(ABSOLUTE).isBefore(now);
    }
}
