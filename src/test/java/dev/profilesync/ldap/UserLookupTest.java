package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.port.EntrySink;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Single-user reads and DN lookups: exact, escaped, and cheap where the DN already says the username. */
class UserLookupTest {
    private static final Set<String> MAPPED = Set.of("cn", "mail", "manager");
    private static final List<String> HOSTILE = List.of("*)(uid=*", "*", "back\\slash", "nul\u0000byte", "(paren",
            "jöns", "日本語", "a)(|(uid=*)");
    private static final ServerQuirks QUIRKS = new ServerQuirks();
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.builder().sizeLimit(500).interceptors(QUIRKS).start();

    @BeforeEach
    void seed() {
        QUIRKS.reset();
        directory.reset().addPeople(20);
        int i = 0;
        for (String uid : HOSTILE.subList(0, HOSTILE.size() - 1)) {
            // A plain RDN: the hostile value lives only in uid, where the filter looks.
            directory.add(new Entry("cn=hostile" + i++ + "," + TestDirectory.PEOPLE,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                    new Attribute("cn", "hostile"), new Attribute("sn", "Hostile"), new Attribute("uid", uid)));
        }
        directory.add(new Entry("cn=Anna Boss," + TestDirectory.PEOPLE,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                new Attribute("cn", "Anna Boss"), new Attribute("sn", "Boss"), new Attribute("uid", "aboss")));
    }

    @Test
    void readUserFindsTheUserWithItsAttributes() {
        Optional<DirectoryEntry> entry = directory.config().reader().readUser("user0007", MAPPED);

        assertThat(entry).get().satisfies(found -> {
            assertThat(found.username()).isEqualTo("user0007");
            assertThat(found.values("mail")).containsExactly("user0007@example.com");
            assertThat(found.uuid()).isNotEmpty();
        });
    }

    @Test
    void readUserOfAnUnknownNameIsEmpty() {
        assertThat(directory.config().reader().readUser("nobody", MAPPED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*)(uid=*", "*", "back\\slash", "nul\u0000byte", "(paren", "jöns", "日本語"})
    void usernameWithFilterCharactersMatchesExactlyThatUser(String username) {
        Optional<DirectoryEntry> entry = directory.config().reader().readUser(username, MAPPED);

        assertThat(entry).get().extracting(DirectoryEntry::username).isEqualTo(username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a)(|(uid=*)", "user*", "*)(cn=*", "nul", "\\2a", "jons", "user0001)(uid=user0002"})
    void usernameThatWouldBeAPatternIfPastedFindsNobody(String username) {
        assertThat(directory.config().reader().readUser(username, MAPPED)).isEmpty();
    }

    @Test
    void everyReadUserFilterEscapesTheUsername() {
        LdapDirectoryReader reader = directory.config().reader();
        HOSTILE.forEach(name -> reader.readUser(name, MAPPED));

        assertThat(QUIRKS.filters).containsExactly(
                "(&(objectClass=inetOrgPerson)(uid=\\2a\\29\\28uid=\\2a))",
                "(&(objectClass=inetOrgPerson)(uid=\\2a))",
                "(&(objectClass=inetOrgPerson)(uid=back\\5cslash))",
                "(&(objectClass=inetOrgPerson)(uid=nul\\00byte))",
                "(&(objectClass=inetOrgPerson)(uid=\\28paren))",
                "(&(objectClass=inetOrgPerson)(uid=j\\c3\\b6ns))",
                "(&(objectClass=inetOrgPerson)(uid=\\e6\\97\\a5\\e6\\9c\\ac\\e8\\aa\\9e))",
                "(&(objectClass=inetOrgPerson)(uid=a\\29\\28|\\28uid=\\2a\\29))");
    }

    @Test
    void twoEntriesWithTheSameUsernameAreAnErrorNotAGuess() {
        directory.add(new Entry("cn=Second 7," + TestDirectory.PEOPLE,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                new Attribute("cn", "Second 7"), new Attribute("sn", "Seven"), new Attribute("uid", "user0007")));

        assertThatThrownBy(() -> directory.config().reader().readUser("user0007", MAPPED))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("more than one entry")
                .hasMessageContaining("uid=user0007");
    }

    @Test
    void aDnNamedByUsernameThatMatchesNoEntryGivesNoUsername() {
        LdapDirectoryReader reader = directory.config().reader();

        assertThat(reader.usernameOfDn("uid=ghost," + TestDirectory.PEOPLE)).isEmpty();
    }

    @Test
    void usernameOfDnReadsTheEntryWhenTheDnIsNotNamedByUsername() {
        LdapDirectoryReader reader = directory.config().reader();

        assertThat(reader.usernameOfDn("cn=Anna Boss," + TestDirectory.PEOPLE)).contains("aboss");
        assertThat(reader.usernameOfDn("cn=Gone," + TestDirectory.PEOPLE)).isEmpty();
        assertThat(reader.usernameOfDn(TestDirectory.PEOPLE)).isEmpty();
    }

    @Test
    void singleUserReadsInABurstShareOneKeptConnection() {
        LdapDirectoryReader reader = directory.config().reader();

        reader.readUser("user0001", MAPPED);
        reader.readUser("user0002", MAPPED);
        reader.usernameOfDn("cn=Anna Boss," + TestDirectory.PEOPLE);

        assertThat(QUIRKS.searchConnections).hasSize(3);
        assertThat(new HashSet<>(QUIRKS.searchConnections)).hasSize(1);
    }

    @Test
    void keptConnectionIsClosedWhenIdleOrWhenTheReaderIsClosed() throws InterruptedException {
        LdapDirectoryReader reader = new LdapDirectoryReader(directory.config().build(), Duration.ofMillis(100));

        reader.readUser("user0001", MAPPED);
        Thread.sleep(400);
        reader.readUser("user0002", MAPPED);
        reader.close();
        reader.readUser("user0003", MAPPED);

        assertThat(new HashSet<>(QUIRKS.searchConnections)).hasSize(3);
    }

    @Test
    void keptConnectionDroppedByTheServerIsReplacedWithoutAnError() {
        LdapDirectoryReader reader = directory.config().reader();
        reader.readUser("user0001", MAPPED);

        directory.server().closeAllConnections(false);

        assertThat(reader.readUser("user0002", MAPPED)).isPresent();
        assertThat(new HashSet<>(QUIRKS.searchConnections)).hasSize(2);
    }

    @Test
    void usernameOfDnDuringAReadSharesTheReadsConnection() {
        LdapDirectoryReader reader = directory.config().pageSize(5).reader();
        List<String> resolved = new ArrayList<>();
        reader.readAll(MAPPED, new EntrySink() {
            @Override
            public void entry(DirectoryEntry entry) {
                if (entry.username().equals("user0003")) {
                    reader.usernameOfDn("cn=Anna Boss," + TestDirectory.PEOPLE).ifPresent(resolved::add);
                }
            }

            @Override
            public void unreadable(String dn, String reason) {
            }
        });

        assertThat(resolved).containsExactly("aboss");
        assertThat(new HashSet<>(QUIRKS.searchConnections)).hasSize(1);
    }
}
