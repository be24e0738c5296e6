package dev.profilesync.core;

import dev.profilesync.core.port.DirectoryReader;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DnCacheTest {

    @Test
    void anEntryReadInTheRunResolvesItsDnInAnyCaseWithoutALookup() {
        LookUps directory = new LookUps(Map.of());
        DnCache cache = new DnCache(true, List.of(directory.reader()));
        cache.use(directory.reader());

        cache.remember(entry("uid=alice,ou=people,dc=example,dc=com", "alice"));

        assertThat(cache.usernameOf("UID=Alice,OU=People,DC=example,DC=com")).contains("alice");
        assertThat(directory.asked).isEmpty();
    }

    @Test
    void dnsThatShareTheFirstPartButNotTheBranchStayApart() {
        LookUps directory = new LookUps(Map.of());
        DnCache cache = new DnCache(true, List.of(directory.reader()));

        cache.remember(entry("uid=bob,ou=people,dc=example,dc=com", "bob"));
        cache.remember(entry("uid=bob,ou=contractors,dc=example,dc=com", "bob.c"));
        cache.remember(entry("uid=bob", "bob.root"));

        assertThat(cache.usernameOf("uid=bob,ou=people,dc=example,dc=com")).contains("bob");
        assertThat(cache.usernameOf("uid=bob,ou=contractors,dc=example,dc=com")).contains("bob.c");
        assertThat(cache.usernameOf("uid=bob")).contains("bob.root");
    }

    @Test
    void theSameDnReadAgainKeepsTheLastUsername() {
        DnCache cache = new DnCache(true, List.of());

        cache.remember(entry("uid=carol,dc=example,dc=com", "carol"));
        cache.remember(entry("uid=carol,dc=example,dc=com", "carol2"));
        assertThat(cache.usernameOf("uid=carol,dc=example,dc=com")).contains("carol2");

        cache.remember(entry("uid=carol,dc=example,dc=com", "carol"));
        assertThat(cache.usernameOf("uid=carol,dc=example,dc=com")).contains("carol");
    }

    @Test
    void aBatchsAnswersGiveWayToADnReadAgainWithAnotherUsername() {
        DnCache cache = new DnCache(true, List.of());
        String carol = "uid=carol,dc=example,dc=com";
        cache.remember(entry(carol, "carol"));

        cache.prefetch(List.of(carol));
        assertThat(cache.usernameOf(carol)).contains("carol");

        cache.remember(entry(carol, "carol2"));
        assertThat(cache.usernameOf(carol)).contains("carol2");
    }

    @Test
    void aDanglingDnIsLookedUpOnceAndResolvesToNothing() {
        LookUps directory = new LookUps(Map.of());
        DnCache cache = new DnCache(true, List.of(directory.reader()));
        cache.use(directory.reader());

        assertThat(cache.usernameOf("uid=gone,dc=example,dc=com")).isEmpty();
        assertThat(cache.usernameOf("uid=gone,dc=example,dc=com")).isEmpty();

        assertThat(directory.asked).containsExactly("uid=gone,dc=example,dc=com");
    }

    @Test
    void aFullCacheEmptiesAndLooksUpWhatItForgotWithTheSameAnswer() {
        LookUps directory = new LookUps(Map.of("uid=user0,dc=example,dc=com", "user0"));
        DnCache cache = new DnCache(true, List.of(directory.reader()), 16 * 1024);
        cache.use(directory.reader());

        for (int i = 0; i < 5_000; i++) {
            cache.remember(entry("uid=user" + i + ",dc=example,dc=com", "user" + i));
        }

        assertThat(cache.size()).isLessThan(5_000);
        assertThat(cache.usernameOf("uid=user4999,dc=example,dc=com")).contains("user4999");
        assertThat(cache.usernameOf("uid=user0,dc=example,dc=com")).contains("user0");
        assertThat(directory.asked).containsExactly("uid=user0,dc=example,dc=com");
    }

    @Test
    void prefetchedDnsResolveWithoutSingleLookupsAndTheOthersAreStillLookedUp() {
        LookUps directory = new LookUps(Map.of("uid=alice,dc=example,dc=com", "alice",
                "cn=Multi+uid=bob,dc=example,dc=com", "bob"));
        DnCache cache = new DnCache(true, List.of(directory.reader()));
        cache.use(directory.reader());

        cache.prefetch(List.of("uid=alice,dc=example,dc=com", "cn=Multi+uid=bob,dc=example,dc=com",
                "uid=gone,dc=example,dc=com"));

        assertThat(cache.usernameOf("UID=Alice,DC=example,DC=com")).contains("alice");
        assertThat(cache.usernameOf("cn=Multi+uid=bob,dc=example,dc=com")).contains("bob");
        assertThat(cache.usernameOf("uid=gone,dc=example,dc=com")).isEmpty();
        assertThat(directory.batches).containsExactly(List.of("uid=alice,dc=example,dc=com",
                "cn=Multi+uid=bob,dc=example,dc=com", "uid=gone,dc=example,dc=com"));
        assertThat(directory.asked).containsExactly("cn=Multi+uid=bob,dc=example,dc=com",
                "uid=gone,dc=example,dc=com");
    }

    @Test
    void prefetchAsksOnlyForUnknownDnsAndNothingWhenOneIsUnknown() {
        LookUps directory = new LookUps(Map.of("uid=alice,dc=example,dc=com", "alice"));
        DnCache cache = new DnCache(true, List.of(directory.reader()));
        cache.use(directory.reader());
        cache.remember(entry("uid=carol,dc=example,dc=com", "carol"));

        cache.prefetch(List.of("uid=carol,dc=example,dc=com", "uid=alice,dc=example,dc=com"));

        assertThat(directory.batches).isEmpty();
    }

    @Test
    void aCacheForFieldsWithoutDnsPrefetchesNothing() {
        LookUps directory = new LookUps(Map.of("uid=alice,dc=example,dc=com", "alice"));
        DnCache cache = new DnCache(false, List.of(directory.reader()));
        cache.use(directory.reader());

        cache.prefetch(List.of("uid=alice,dc=example,dc=com", "uid=bob,dc=example,dc=com"));

        assertThat(directory.batches).isEmpty();
    }

    private static DirectoryEntry entry(String dn, String username) {
        return new DirectoryEntry(dn, username, "", Map.of());
    }

    /** A directory that answers DN lookups from a map and records what it was asked. */
    private static final class LookUps {
        private final Map<String, String> usernames;
        private final List<String> asked = new ArrayList<>();
        private final List<List<String>> batches = new ArrayList<>();
        private final DirectoryReader reader;

        LookUps(Map<String, String> usernames) {
            this.usernames = usernames;
            this.reader = (DirectoryReader) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DirectoryReader.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "usernameOfDn" -> lookUp((String) args[0]);
                        case "usernamesOfDns" -> lookUpTogether((Collection<?>) args[0]);
                        case "name", "id" -> "test";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        DirectoryReader reader() {
            return reader;
        }

        /** Like the LDAP reader, leaves out a DN with a multi-valued first RDN, for the single lookup. */
        private Map<String, String> lookUpTogether(Collection<?> dns) {
            List<String> batch = dns.stream().map(String.class::cast).toList();
            batches.add(batch);
            Map<String, String> found = new HashMap<>();
            batch.stream().filter(dn -> !dn.substring(0, dn.indexOf(',')).contains("+"))
                    .filter(usernames::containsKey).forEach(dn -> found.put(dn, usernames.get(dn)));
            return found;
        }

        private Optional<String> lookUp(String dn) {
            asked.add(dn);
            return Optional.ofNullable(usernames.get(dn));
        }
    }
}
