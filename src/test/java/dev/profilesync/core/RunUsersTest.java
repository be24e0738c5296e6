package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunUsersTest {
    private static final HostUser ALICE = HostUser.active("Alice");
    private static final HostUser BOB = new HostUser("key-bob", "bob", true, false, true, Optional.empty());

    @Test
    void findsListedUsersByMatchKeyAndTheLastOfTwoWithTheSameNameWins() {
        HostUser alice2 = new HostUser("key-alice-2", "ALICE ", false, false, true, Optional.empty());
        RunUsers users = new RunUsers(List.of(ALICE, BOB, alice2));

        assertThat(users.listedUser("alice")).isSameAs(alice2);
        assertThat(users.listedUser("bob")).isSameAs(BOB);
        assertThat(users.listedUser("carol")).isNull();
    }

    @Test
    void takingAUserTwiceFailsAsASetWould() {
        RunUsers users = new RunUsers(List.of());

        assertThat(users.take("key-1")).isTrue();
        assertThat(users.take("key-2")).isTrue();
        assertThat(users.take("key-1")).isFalse();
    }

    @Test
    void countsActiveListedAndUnlistedUsersThatWereNotTaken() {
        HostUser carol = HostUser.active("carol");
        HostUser dave = HostUser.active("dave");
        HostUser erin = new HostUser("key-erin", "erin", true, false, true, Optional.empty());
        RunUsers users = new RunUsers(List.of(ALICE, BOB, carol));
        users.rememberUnlisted("dave", dave, true);
        users.rememberUnlisted("erin", erin, false);
        users.rememberUnlisted("frank", HostUser.active("frank"), true);
        users.take("carol");
        users.take("frank");

        assertThat(users.seenUnlisted("dave")).isTrue();
        assertThat(users.seenUnlisted("carol")).isFalse();
        // Alice (listed) and Dave (unlisted) are active and were not taken; Bob and Erin are deactivated.
        assertThat(users.activeNotTaken(user -> !user.deactivated())).isEqualTo(2);
    }
}
