package dev.profilesync.confluence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the first login of a user through and swallows that user's further logins within a window, so a burst of
 * logins (SSO redirects, remember-me cookies, several tabs) costs one sync. Thread-safe; memory is bounded by
 * forgetting users whose window has passed (so it holds at most the users who logged in within one window).
 */
final class LoginCoalescer {
    static final int MAX_TRACKED = 10_000;
    /**
     * Forgetting scans every tracked user; with more than {@link #MAX_TRACKED} logins in one window (a large site at
     * 9 am) a scan on every login would cost the login thread milliseconds, so it runs at most this often.
     */
    static final Duration PURGE_INTERVAL = Duration.ofSeconds(1);

    private final Clock clock;
    private final Duration window;
    private final Map<String, Instant> lastAccepted = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    LoginCoalescer(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** Forgets the user's last accepted login, so their next login is synced: its sync was dropped. */
    void forget(String username) {
        lastAccepted.remove(username.toLowerCase(Locale.ROOT));
    }

    /** True when this login should be synced, false when the same user was accepted within the window. */
    boolean accept(String username) {
        Instant now = clock.instant();
        AtomicBoolean accepted = new AtomicBoolean();
        lastAccepted.compute(username.toLowerCase(Locale.ROOT), (user, last) -> {
            if (last == null || !now.isBefore(last.plus(window))) {
                accepted.set(true);
                return now;
            }
            return last;
        });
        if (lastAccepted.size() > MAX_TRACKED) {
            purge(now);
        }
        return accepted.get();
    }

    /** Users remembered now. */
    int tracked() {
        return lastAccepted.size();
    }

    private void purge(Instant now) {
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            return;
        }
        lastAccepted.values().removeIf(last -> !now.isBefore(last.plus(window)));
    }
}
