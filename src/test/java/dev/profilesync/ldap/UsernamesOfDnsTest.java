package dev.profilesync.ldap;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Many DNs resolved with a few searches: the same answers as one read each, or none at all, never another. */
class UsernamesOfDnsTest {
    private static final String[] PERSON = {"top", "person", "organizationalPerson", "inetOrgPerson"};
    private static final String SPECIAL_CN = "st*r (x) \\ y";
    private static final String SPECIAL = new DN(new RDN("cn", SPECIAL_CN), dn(TestDirectory.PEOPLE)).toString();
    private static final ServerQuirks QUIRKS = new ServerQuirks();
    private static final EntryLimit LIMIT = new EntryLimit();
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.builder().interceptors(QUIRKS, LIMIT).start();

    @BeforeEach
    void seed() {
        QUIRKS.reset();
        LIMIT.entriesPerSearch = 0;
        directory.reset().addPeople(250);
        directory.add(new Entry(SPECIAL, new Attribute("objectClass", PERSON), new Attribute("cn", SPECIAL_CN),
                new Attribute("sn", "Special"), new Attribute("uid", "special")));
        directory.add(new Entry("CN=Doe\\, John,OU=People,DC=example,DC=com", new Attribute("objectClass", PERSON),
                new Attribute("cn", "Doe, John"), new Attribute("sn", "Doe"), new Attribute("uid", "jdoe")));
        directory.add(new Entry("cn=Multi+uid=multi," + TestDirectory.PEOPLE, new Attribute("objectClass", PERSON),
                new Attribute("cn", "Multi"), new Attribute("sn", "Multi"), new Attribute("uid", "multi")));
        directory.add(new Entry("cn=Nameless," + TestDirectory.PEOPLE, new Attribute("objectClass", PERSON),
                new Attribute("cn", "Nameless"), new Attribute("sn", "Nameless")));
    }

    @Test
    void aMixedSetGetsTheAnswersOfOneReadEachAndFindsAllItCanSearchFor() {
        LdapDirectoryReader reader = directory.config().reader();
        List<String> searchable = List.of(
                TestDirectory.dn("user0001"),
                "UID=User0002, OU=People ,DC=Example,  DC=com",
                "uid = user0003 , ou = people , dc = example , dc = com",
                SPECIAL,
                "CN=Doe\\, John,OU=People,DC=example,DC=com",
                "cn=doe\\, john,ou=people,dc=example,dc=com");
        List<String> notFound = List.of(
                "uid=ghost," + TestDirectory.PEOPLE,
                "uid=user0004,dc=other,dc=org",
                "not a DN at all",
                "cn=Multi+uid=multi," + TestDirectory.PEOPLE,
                "cn=Nameless," + TestDirectory.PEOPLE,
                "uid=*," + TestDirectory.PEOPLE,
                TestDirectory.PEOPLE);
        List<String> asked = new ArrayList<>(searchable);
        asked.addAll(notFound);

        Map<String, String> found = reader.usernamesOfDns(asked);

        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(searchable);
        for (String dn : asked) {
            Optional<String> batched = Optional.ofNullable(found.get(dn)).or(() -> reader.usernameOfDn(dn));
            assertThat(batched).as(dn).isEqualTo(reader.usernameOfDn(dn));
        }
        assertThat(found).containsEntry(SPECIAL, "special")
                .containsEntry("cn=doe\\, john,ou=people,dc=example,dc=com", "jdoe")
                .containsEntry("UID=User0002, OU=People ,DC=Example,  DC=com", "user0002");
    }

    @Test
    void filterValuesAreEscapedAndOneSearchIsSentPerAttribute() {
        LdapDirectoryReader reader = directory.config().reader();

        reader.usernamesOfDns(List.of(TestDirectory.dn("user0001"), "uid=*," + TestDirectory.PEOPLE, SPECIAL,
                "cn=a)(uid=*," + TestDirectory.PEOPLE));

        assertThat(QUIRKS.filters).containsExactly(
                "(|(uid=user0001)(uid=\\2a))",
                "(|(cn=st\\2ar \\28x\\29 \\5c y)(cn=a\\29\\28uid=\\2a))");
    }

    @Test
    void moreThanAHundredDnsOfOneAttributeAreSplitIntoSearchesOfAHundred() {
        LdapDirectoryReader reader = directory.config().reader();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 250; i++) {
            String uid = String.format("user%04d", i);
            expected.put(TestDirectory.dn(uid), uid);
        }

        Map<String, String> found = reader.usernamesOfDns(expected.keySet());

        assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(QUIRKS.filters).hasSize(3);
        assertThat(QUIRKS.searchConnections).containsOnly(QUIRKS.searchConnections.get(0));
    }

    @Test
    void aSearchCutShortBySizeLimitKeepsWhatItReturnedAndTheNextSearchGoesOn() {
        LdapDirectoryReader reader = directory.config().reader();
        List<String> dns = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            dns.add(TestDirectory.dn(String.format("user%04d", i)));
        }
        LIMIT.entriesPerSearch = 30;

        Map<String, String> found = reader.usernamesOfDns(dns);

        // The first search (100 DNs) stops after 30 entries; the second (20 DNs) is whole.
        assertThat(found).hasSize(50);
        found.forEach((dn, username) -> assertThat(TestDirectory.dn(username)).isEqualTo(dn));
    }

    @Test
    void aRejectedSearchAnswersWithNothingInsteadOfFailing() {
        LdapDirectoryReader reader = directory.config().reader();
        QUIRKS.rejectFilters = true;

        Map<String, String> found = reader.usernamesOfDns(List.of(TestDirectory.dn("user0001"),
                TestDirectory.dn("user0002")));

        assertThat(found).isEmpty();
    }

    @Test
    void dnsNoSearchCanFindAskTheDirectoryNothing() {
        LdapDirectoryReader reader = directory.config().reader();

        Map<String, String> found = reader.usernamesOfDns(List.of("not a DN", "uid=a,dc=other,dc=org",
                "cn=Multi+uid=multi," + TestDirectory.PEOPLE));

        assertThat(found).isEmpty();
        assertThat(QUIRKS.filters).isEmpty();
    }

    private static DN dn(String dn) {
        try {
            return new DN(dn);
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A server size limit per search, switched on by a test: later entries are dropped and the search says so. */
    private static final class EntryLimit extends InMemoryOperationInterceptor {
        volatile int entriesPerSearch;
        private final AtomicInteger sent = new AtomicInteger();

        @Override
        public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
            sent.set(0);
        }

        @Override
        public void processSearchEntry(InMemoryInterceptedSearchEntry entry) {
            if (entriesPerSearch > 0 && sent.incrementAndGet() > entriesPerSearch) {
                entry.setSearchEntry(null);
            }
        }

        @Override
        public void processSearchResult(InMemoryInterceptedSearchResult result) {
            if (entriesPerSearch > 0 && sent.get() > entriesPerSearch) {
                LDAPResult original = result.getResult();
                result.setResult(new LDAPResult(original.getMessageID(), ResultCode.SIZE_LIMIT_EXCEEDED,
                        "size limit exceeded", null, original.getReferralURLs(), new Control[0]));
            }
        }
    }
}
