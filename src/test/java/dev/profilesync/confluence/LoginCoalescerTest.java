package dev.profilesync.confluence;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Coalescing stays cheap for the login thread when a large site's users all log in within one window. */
class LoginCoalescerTest {
    private static final int LOGINS_IN_ONE_WINDOW = 40_000;

    @Test
    void manyMoreUsersThanTrackedInOneWindowDoNotMakeEachLoginScanThemAll() {
        MutableClock clock = new MutableClock();
        LoginCoalescer coalescer = new LoginCoalescer(clock, LoginSyncListener.COALESCING_WINDOW);

        // With a scan of every tracked user on every login past 10,000, this took minutes.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < LOGINS_IN_ONE_WINDOW; i++) {
                assertThat(coalescer.accept("user" + i)).isTrue();
            }
        });
        assertThat(coalescer.accept("user7")).as("still coalesced within the window").isFalse();
    }

    @Test
    void usersWhoseWindowPassedAreForgottenOnceOverTheLimit() {
        MutableClock clock = new MutableClock();
        LoginCoalescer coalescer = new LoginCoalescer(clock, LoginSyncListener.COALESCING_WINDOW);
        for (int i = 0; i <= LoginCoalescer.MAX_TRACKED; i++) {
            coalescer.accept("early" + i);
        }

        clock.advance(LoginSyncListener.COALESCING_WINDOW);
        coalescer.accept("late");

        assertThat(coalescer.tracked()).isEqualTo(1);
    }
}
