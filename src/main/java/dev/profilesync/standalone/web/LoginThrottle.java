package dev.profilesync.standalone.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} wrong logins in a row, further attempts are refused until
 * {@link #PAUSE} has passed since the last failure. Thread-safe.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration PAUSE = Duration.ofSeconds(30);

    private final Clock clock;
    private int failures;
    private Instant lastFailure = Instant.MIN;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean allowed() {
        return failures < FREE_FAILURES || lastFailure.plus(PAUSE).isBefore(clock.instant());
    }

    synchronized void failed() {
        failures++;
        lastFailure = clock.instant();
    }

    synchronized void succeeded() {
        failures = 0;
    }
}
