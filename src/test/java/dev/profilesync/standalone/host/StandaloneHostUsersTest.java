package dev.profilesync.standalone.host;

import dev.profilesync.core.HostUser;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StandaloneHostUsersTest {
    private final HostUser hiddenBob = new HostUser("bob", "Bob", false, true, true, Optional.empty());
    private final StandaloneHostUsers users = new StandaloneHostUsers(Map.of("bob", hiddenBob));

    @Test
    void listsOnlyTheUsersFileUsers() {
        assertThat(users.all()).containsExactly(hiddenBob);
    }

    @Test
    void anyoneElseIsAnActiveLicensedUserKeyedByTheLowerCaseUsername() {
        assertThat(users.byUsername("Carol")).contains(new HostUser("carol", "Carol", false, false, true,
                Optional.empty()));
    }

    @Test
    void usersFileEntriesAreFoundWhateverTheCase() {
        assertThat(users.byUsername("BOB")).contains(hiddenBob);
    }
}
