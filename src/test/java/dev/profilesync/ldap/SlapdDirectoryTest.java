package dev.profilesync.ldap;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.testing.ConfigBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Against the real OpenLDAP slapd that .ci/run starts: an ordinary reader account with a size limit of 500 and the
 * people uid=user0000 ... uid=user1199 under ou=people. Skipped when -Dprofilesync.slapd.url is not given.
 */
class SlapdDirectoryTest {
    private static final Set<String> MAPPED = Set.of("cn", "sn", "givenName", "mail", "title", "departmentNumber",
            "telephoneNumber", "manager");
    private static final int SEEDED = 1_200;

    @BeforeEach
    void requireSlapd() {
        assumeTrue(System.getProperty("profilesync.slapd.url") != null,
                "no slapd: run through .ci/run or pass -Dprofilesync.slapd.url and friends");
    }

    private static ConfigBuilder slapd() {
        return new ConfigBuilder().url(System.getProperty("profilesync.slapd.url"))
                .bindDn(System.getProperty("profilesync.slapd.bindDn"))
                .password(System.getProperty("profilesync.slapd.password"))
                .baseDn(System.getProperty("profilesync.slapd.baseDn"))
                .userDn("ou=people");
    }

    @Test
    void pagedReadReturnsEverySeededUserDespiteTheReaderSizeLimit() {
        CollectingSink sink = new CollectingSink();

        slapd().pageSize(500).reader().readAll(MAPPED, sink);

        Set<String> seeded = IntStream.range(0, SEEDED).mapToObj(i -> String.format("user%04d", i))
                .collect(Collectors.toSet());
        assertThat(sink.usernames().stream().filter(seeded::contains)).hasSize(SEEDED);
        assertThat(sink.only("user0042").values("mail")).containsExactly("user0042@example.com");
        assertThat(sink.only("user0042").uuid()).isNotEmpty();
        assertThat(sink.only("user0042").values("manager")).hasSize(1);
    }

    @Test
    void readWithoutPagingFailsOnTheReaderSizeLimit() {
        LdapDirectoryReader reader = slapd().pagedResults(false).reader();

        assertThatThrownBy(() -> reader.readAll(MAPPED, new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("enable paged results or lower the page size below the server's limit");
    }

    @Test
    void incrementalReadUsesOpenLdapTimestamps() {
        CollectingSink old = new CollectingSink();
        CollectingSink future = new CollectingSink();
        LdapDirectoryReader reader = slapd().reader();

        reader.readChangedSince("20000101000000Z", MAPPED, old);
        reader.readChangedSince("29991231235959Z", MAPPED, future);

        assertThat(old.entries).hasSizeGreaterThanOrEqualTo(SEEDED);
        assertThat(future.entries).isEmpty();
    }

    @Test
    void singleUserReadIsExactAndEscaped() {
        LdapDirectoryReader reader = slapd().reader();

        assertThat(reader.readUser("user0042", MAPPED)).get()
                .satisfies(entry -> assertThat(entry.values("title")).hasSize(1));
        assertThat(reader.readUser("user004*", MAPPED)).isEmpty();
        assertThat(reader.readUser("*)(uid=*", MAPPED)).isEmpty();
    }

    @Test
    void managerDnsResolveToUsernames() {
        LdapDirectoryReader reader = slapd().reader();
        String people = "ou=people," + System.getProperty("profilesync.slapd.baseDn");

        assertThat(reader.usernameOfDn("uid=user0004," + people)).contains("user0004");
        assertThat(reader.usernameOfDn(people)).isEmpty();
    }

    @Test
    void managerDnsResolveTogetherWithTheAnswersOfOneReadEach() {
        LdapDirectoryReader reader = slapd().reader();
        String people = "ou=people," + System.getProperty("profilesync.slapd.baseDn");
        List<String> dns = new ArrayList<>();
        IntStream.range(0, 150).forEach(i -> dns.add(String.format("uid=user%04d,", i) + people));
        dns.add("UID=USER0150, " + people.toUpperCase(Locale.ROOT));
        List<String> found = List.copyOf(dns);
        dns.addAll(List.of("uid=ghost," + people, "uid=user0151,dc=elsewhere", "not a DN", people));

        Map<String, String> batched = reader.usernamesOfDns(dns);

        assertThat(batched.keySet()).containsExactlyInAnyOrderElementsOf(found);
        for (String dn : dns) {
            assertThat(Optional.ofNullable(batched.get(dn)).or(() -> reader.usernameOfDn(dn))).as(dn)
                    .isEqualTo(reader.usernameOfDn(dn));
        }
    }

    @Test
    void connectionTestReadsASample() {
        ConnectionTest test = slapd().reader().testConnection(MAPPED, 5);

        assertThat(test.ok()).as(test.message()).isTrue();
        assertThat(test.sample()).hasSize(5);
    }

    @Test
    void wrongPasswordIsRefusedWithoutShowingIt() {
        LdapDirectoryReader reader = slapd().password("not-the-reader-password").reader();

        assertThatThrownBy(() -> reader.readAll(MAPPED, new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("check the bind DN and password")
                .hasMessageNotContaining("not-the-reader-password");
    }
}
