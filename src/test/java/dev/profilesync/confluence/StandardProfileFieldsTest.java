package dev.profilesync.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.port.ProfileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** Fields keyed like Confluence's own profile fields are also written to the Confluence profile. */
class StandardProfileFieldsTest {
    private final InMemoryProfiles store = new InMemoryProfiles();
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final UserDetailsManager details = mock(UserDetailsManager.class);
    private final ConfluenceUser alice = mock(ConfluenceUser.class);
    private final StandardProfileFields profiles = new StandardProfileFields(store, accessor, details);

    @BeforeEach
    void aliceExists() {
        when(accessor.getUserByName("alice")).thenReturn(alice);
    }

    private static ProfileUpdate update(String username, Map<String, String> set, Set<String> remove) {
        return new ProfileUpdate("key-" + username, username, "uuid-" + username, set, remove);
    }

    @Test
    void standardFieldsAreWrittenToTheConfluenceProfileToo() {
        profiles.write(List.of(update("alice", Map.of("phone", "+49 30 1234", "department", "Research",
                "costCentre", "4711"), Set.of())));

        verify(details).setStringProperty(alice, "phone", "+49 30 1234");
        verify(details).setStringProperty(alice, "department", "Research");
        verifyNoMoreInteractions(details);
        assertThat(store.written).hasSize(1);
    }

    @Test
    void aSyncBatchWithUsersTakenForNewReachesTheStoreWithThemAndTheConfluenceProfileToo() {
        profiles.write(List.of(update("alice", Map.of("department", "Research"), Set.of())), Set.of("alice"));

        assertThat(store.takenForNew).containsExactly(Set.of("alice"));
        verify(details).setStringProperty(alice, "department", "Research");
    }

    @Test
    void everyStandardKeyIsCovered() {
        assertThat(StandardProfileFields.KEYS)
                .containsExactlyInAnyOrder("phone", "im", "website", "position", "department", "location");
    }

    @Test
    void removedStandardFieldIsRemovedFromTheConfluenceProfile() {
        profiles.write(List.of(update("alice", Map.of(), Set.of("location", "costCentre"))));

        verify(details).removeProperty(alice, "location");
        verify(details, never()).removeProperty(alice, "costCentre");
    }

    @Test
    void updatesWithoutStandardFieldsLeaveConfluenceAlone() {
        profiles.write(List.of(update("alice", Map.of("costCentre", "4711"), Set.of("manager"))));

        verifyNoInteractions(details, accessor);
    }

    @Test
    void valueOf255CharactersIsCopiedWhole() {
        String title = "x".repeat(StandardProfileFields.MAX_LENGTH);

        profiles.write(List.of(update("alice", Map.of("position", title), Set.of())));

        verify(details).setStringProperty(alice, "position", title);
        assertThat(profiles.cut()).isZero();
        assertThat(profiles.notMirrored()).isZero();
    }

    @Test
    void longerValueIsCopiedCutTo255CharactersAsConfluenceStoresIt() {
        String title = "y".repeat(254) + "z" + "-and-more";

        profiles.write(List.of(update("alice", Map.of("position", title), Set.of())));

        verify(details).setStringProperty(alice, "position", "y".repeat(254) + "z");
        assertThat(store.written.get(0).set()).containsEntry("position", title);
        assertThat(profiles.cut()).isEqualTo(1);
        assertThat(profiles.notMirrored()).isZero();
    }

    @Test
    void cutNeverSplitsACharacterOutsideTheBasicPlane() {
        String title = "y".repeat(254) + "\uD83D\uDE00" + "more";

        profiles.write(List.of(update("alice", Map.of("position", title), Set.of())));

        verify(details).setStringProperty(alice, "position", "y".repeat(254));
    }

    @Test
    void confluenceFailureNeverFailsTheWriteOrTheOtherUsers() {
        ConfluenceUser bob = mock(ConfluenceUser.class);
        when(accessor.getUserByName("bob")).thenReturn(bob);
        doThrow(new IllegalStateException("property set locked")).when(details).setStringProperty(alice, "im", "alice@chat");

        assertThatCode(() -> profiles.write(List.of(
                update("alice", Map.of("im", "alice@chat"), Set.of()),
                update("bob", Map.of("im", "bob@chat"), Set.of())))).doesNotThrowAnyException();

        verify(details).setStringProperty(bob, "im", "bob@chat");
        assertThat(profiles.notMirrored()).isEqualTo(1);
    }

    @Test
    void userConfluenceDoesNotKnowIsCountedNotThrown() {
        profiles.write(List.of(update("ghost", Map.of("website", "https://example.com"), Set.of())));

        assertThat(profiles.notMirrored()).isEqualTo(1);
        assertThat(store.written).hasSize(1);
    }

    @Test
    void nothingReachesConfluenceWhenTheStoreRefusesTheBatch() {
        store.failing = true;

        assertThatThrownBy(() -> profiles.write(List.of(update("alice", Map.of("phone", "1"), Set.of()))))
                .isInstanceOf(IllegalStateException.class);
        verifyNoInteractions(details);
    }

    /** A profile store in memory: the real store is tested against real databases in the store package. */
    private static final class InMemoryProfiles implements ProfileStore {
        final List<ProfileUpdate> written = new ArrayList<>();
        final List<Set<String>> takenForNew = new ArrayList<>();
        final Map<String, StoredProfile> stored = new HashMap<>();
        boolean failing;

        @Override
        public Map<String, StoredProfile> load(Collection<String> userKeys) {
            return Map.copyOf(stored);
        }

        @Override
        public void write(Collection<ProfileUpdate> updates) {
            if (failing) {
                throw new IllegalStateException("transaction rolled back");
            }
            written.addAll(updates);
        }

        @Override
        public void write(Collection<ProfileUpdate> updates, Set<String> takenForNew) {
            write(updates);
            this.takenForNew.add(takenForNew);
        }

        @Override
        public void forEach(Consumer<StoredProfile> visitor) {
            stored.values().forEach(visitor);
        }
    }
}
