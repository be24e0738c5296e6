package dev.profilesync.confluence;

import com.atlassian.confluence.security.access.AccessStatus;
import com.atlassian.confluence.security.access.ConfluenceAccessManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.DisabledUserManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.UnlicensedUserPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Confluence's users as the engine sees them, and the Active User and Unlicensed User policies over them. */
class ConfluenceHostUsersTest {
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final CrowdService crowd = mock(CrowdService.class);
    private final ConfluenceAccessManager access = mock(ConfluenceAccessManager.class);
    private final DisabledUserManager disabled = mock(DisabledUserManager.class);
    private final ConfluenceHostUsers users = new ConfluenceHostUsers(accessor, crowd, access, disabled);

    private ConfluenceUser user(String name, String key, boolean deactivated, Long directoryId, boolean licensed) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        UserKey userKey = mock(UserKey.class);
        when(userKey.getStringValue()).thenReturn(key);
        when(user.getName()).thenReturn(name);
        when(user.getKey()).thenReturn(userKey);
        when(accessor.getUserByName(name)).thenReturn(user);
        when(disabled.isDisabled(user)).thenReturn(deactivated);
        if (directoryId != null) {
            com.atlassian.crowd.embedded.api.User inDirectory = mock(com.atlassian.crowd.embedded.api.User.class);
            when(inDirectory.getDirectoryId()).thenReturn(directoryId);
            when(crowd.getUser(name)).thenReturn(inDirectory);
        }
        AccessStatus status = mock(AccessStatus.class);
        when(status.hasLicensedAccess()).thenReturn(licensed);
        when(access.getUserAccessStatus(user)).thenReturn(status);
        return user;
    }

    @SuppressWarnings("unchecked")
    private void listed(User... all) {
        Pager<User> pager = mock(Pager.class);
        when(pager.iterator()).thenAnswer(call -> List.of(all).iterator());
        when(accessor.getUsers()).thenReturn(pager);
    }

    @Test
    void activeLicensedUserIsKeyedByTheStableUserKeyAndItsDirectory() {
        listed(user("alice", "8a7f0001", false, 7L, true));

        assertThat(users.all()).containsExactly(
                new HostUser("8a7f0001", "alice", false, false, true, Optional.of("7")));
    }

    @Test
    void fullNameIsConfluencesDisplayName() {
        ConfluenceUser alice = user("alice", "8a7f0001", false, 7L, true);
        when(alice.getFullName()).thenReturn("Alice Liddell");
        listed(alice);

        assertThat(users.all()).singleElement().extracting(HostUser::fullName).isEqualTo("Alice Liddell");
    }

    @Test
    void deactivatedUserIsDeactivated() {
        listed(user("bob", "k-bob", true, 7L, true));

        assertThat(users.all()).singleElement().satisfies(bob -> {
            assertThat(bob.deactivated()).isTrue();
            assertThat(ActiveUserPolicy.VISIBLE.isActive(bob)).isFalse();
            assertThat(ActiveUserPolicy.ALL.isActive(bob)).isTrue();
        });
    }

    @Test
    void userNoDirectoryHasAnyMoreIsHiddenFromVisibleUsers() {
        listed(user("carol", "k-carol", false, null, true));

        assertThat(users.all()).singleElement().satisfies(carol -> {
            assertThat(carol.hidden()).isTrue();
            assertThat(carol.directoryId()).isEmpty();
            assertThat(ActiveUserPolicy.VISIBLE.isActive(carol)).isFalse();
        });
    }

    @Test
    void userWithoutLicensedAccessIsUnlicensed() {
        listed(user("dave", "k-dave", false, 7L, false));

        assertThat(users.all()).singleElement().satisfies(dave -> {
            assertThat(dave.licensed()).isFalse();
            assertThat(ActiveUserPolicy.VISIBLE.isActive(dave)).isTrue();
            assertThat(UnlicensedUserPolicy.HIDE.isListed(dave)).isFalse();
            assertThat(UnlicensedUserPolicy.SHOW.isListed(dave)).isTrue();
        });
    }

    @Test
    void licenceIsLookedUpOnlyWhenTheUnlicensedPolicyAsksAndOnce() {
        ConfluenceUser frank = user("frank", "k-frank", false, 7L, false);
        listed(frank);

        HostUser listed = users.all().get(0);
        ActiveUserPolicy.VISIBLE.isActive(listed);
        UnlicensedUserPolicy.SHOW.isListed(listed);
        verify(access, never()).getUserAccessStatus(any());

        assertThat(UnlicensedUserPolicy.HIDE.isListed(listed)).isFalse();
        assertThat(UnlicensedUserPolicy.HIDE.isListed(listed)).isFalse();
        verify(access, times(1)).getUserAccessStatus(frank);
    }

    @Test
    void plainUsersFromThePagerAreLookedUpAsConfluenceUsers() {
        user("erin", "k-erin", false, 3L, true);
        User plain = mock(User.class);
        when(plain.getName()).thenReturn("erin");
        listed(plain);

        assertThat(users.all()).extracting(HostUser::userKey).containsExactly("k-erin");
    }

    @Test
    void byUsernameFindsTheUserAndIsEmptyForUnknownNames() {
        user("alice", "8a7f0001", false, 7L, true);

        assertThat(users.byUsername("alice")).map(HostUser::userKey).contains("8a7f0001");
        assertThat(users.byUsername("nobody")).isEmpty();
    }

    @Test
    void byUsernameIgnoresSurroundingWhitespaceAsConfluenceLoginsDo() {
        user("alice", "8a7f0001", false, 7L, true);

        assertThat(users.byUsername(" alice\t")).map(HostUser::userKey).contains("8a7f0001");
    }
}
