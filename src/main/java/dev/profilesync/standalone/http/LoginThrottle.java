package dev.profilesync.standalone.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} wrong logins in a row, further attempts are refused until
 * {@link #PAUSE} has passed since the last failure. Checking and counting are one step ({@link #tryAttempt}): an
 * attempt counts as failed from the moment it is let through until it {@link #succeeded}, so parallel guesses,
 * each of which spends a slow password hash before it would be counted, cannot all pass the check. Thread-safe.
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

    /** Lets one attempt through, counted as a failure until {@link #succeeded}; false while the pause lasts. */
    synchronized boolean tryAttempt() {
        Instant now = clock.instant();
        if (failures >= FREE_FAILURES && !lastFailure.plus(PAUSE).isBefore(now)) {
            return false;
        }
        failures++;
        lastFailure = now;
        return true;
    }

    synchronized void succeeded() {
        failures = 0;
    }
}
