package dev.profilesync.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DeleteRequest;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.controls.SubtreeDeleteRequestControl;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.TimestampPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.net.ssl.SSLSocketFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The LDAP adapter against a real Active Directory: the Samba AD DC that .ci/test-env.sh provisions on 127.0.0.1:389,
 * read as its ordinary reader account (docs/testing.md, "Active Directory"). Skipped when -Dprofilesync.ad.url is
 * not given. The seeded people are only read; the one test that writes does so in an OU of its own.
 */
class ActiveDirectoryTest {
    private static final Set<String> MAPPED = Set.of("displayName", "mail", "title", "department",
            "telephoneNumber", "manager", "whenChanged");
    private static final DateTimeFormatter WHEN_CHANGED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'.0Z'")
            .withZone(ZoneOffset.UTC);
    /** This class's own OU for the incremental test, so the seeded people stay as test-env made them. */
    private static final String SCRATCH = "OU=ActiveDirectoryTest";

    private static LDAPConnection admin;

    @BeforeAll
    static void connect() throws Exception {
        if (!SambaDirectory.running()) {
            return;
        }
        admin = SambaDirectory.adminConnection();
        deleteScratch();
        admin.add("dn: " + scratchDn(), "objectClass: organizationalUnit");
        for (int i = 1; i <= 3; i++) {
            admin.add("dn: CN=adtest" + i + "," + scratchDn(), "objectClass: user", "sAMAccountName: adtest" + i,
                    "department: Before");
        }
    }

    @BeforeEach
    void requireSamba() {
        SambaDirectory.assumeRunning();
    }

    @AfterAll
    static void disconnect() throws LDAPException {
        if (admin != null) {
            deleteScratch();
            admin.close();
        }
    }

    private static String scratchDn() {
        return SCRATCH + "," + SambaDirectory.baseDn();
    }

    private static void deleteScratch() throws LDAPException {
        DeleteRequest delete = new DeleteRequest(scratchDn(), new Control[] {new SubtreeDeleteRequestControl()});
        try {
            admin.delete(delete);
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                throw e;
            }
        }
    }

    @Test
    void connectionTestReadsASampleOfFiveAlthoughSambaIgnoresTheSearchSizeLimit() throws LDAPException {
        // Samba 4.17 does not apply a search request's size limit (OpenLDAP and Windows do): the probe counts itself.
        try (LDAPConnection reader = SambaDirectory.readerConnection()) {
            SearchRequest five = new SearchRequest(SambaDirectory.peopleDn(), SearchScope.SUB,
                    SambaDirectory.USERS_FILTER, "1.1");
            five.setSizeLimit(5);
            assertThat(reader.search(five).getEntryCount()).isEqualTo(SambaDirectory.USERS);
        }

        ConnectionTest test = SambaDirectory.config().reader().testConnection(MAPPED, 5);

        assertThat(test.ok()).as(test.message()).isTrue();
        assertThat(test.sample()).hasSize(5);
        assertThat(test.message()).contains("read 5 users");
    }

    @Test
    void pagedReadWithPagesAboveMaxPageSizeReturnsEverySeededUser() throws LDAPException {
        // The domain's query policy caps pages at 1000, as on Windows; the adapter must read everything anyway.
        assertThat(queryPolicy()).contains("MaxPageSize=1000");
        for (int pageSize : new int[] {2_000, 500}) {
            CollectingSink sink = new CollectingSink();

            SambaDirectory.config().pageSize(pageSize).reader().readAll(MAPPED, sink);

            Set<String> seeded = IntStream.range(0, SambaDirectory.USERS).mapToObj(SambaDirectory::username)
                    .collect(Collectors.toSet());
            assertThat(sink.usernames()).as("page size %d", pageSize).isEqualTo(seeded);
            assertThat(sink.unreadable).isEmpty();
        }
    }

    @Test
    void sambaDoesNotCapPagesAtMaxPageSizeUnlikeWindows() throws LDAPException {
        // Recorded so that nobody mistakes a green paged read against Samba for proof of the Windows behaviour: a
        // Windows DC answers a page size of 2000 with pages of 1000; Samba sends the 1600 people in one page.
        try (LDAPConnection reader = SambaDirectory.readerConnection()) {
            List<Integer> pages = new ArrayList<>();
            ASN1OctetString cookie = null;
            do {
                SearchRequest request = new SearchRequest(SambaDirectory.peopleDn(), SearchScope.SUB,
                        SambaDirectory.USERS_FILTER, "1.1");
                request.setControls(new SimplePagedResultsControl(2_000, cookie));
                SearchResult result = reader.search(request);
                pages.add(result.getEntryCount());
                cookie = SimplePagedResultsControl.get(result).getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);

            assertThat(pages).containsExactly(SambaDirectory.USERS);
        }
    }

    @Test
    void seededValuesArriveAsTheDirectoryHoldsThem() {
        CollectingSink sink = new CollectingSink();

        SambaDirectory.config().reader().readAll(MAPPED, sink);

        DirectoryEntry user = sink.only("user0042");
        assertThat(user.dn()).isEqualToIgnoringCase(SambaDirectory.userDn(42));
        assertThat(user.values("mail")).containsExactly("user0042@ad.example.com");
        assertThat(user.values("telephonenumber")).containsExactly("+1 555 0042");
        assertThat(user.values("displayname")).containsExactly("Chen Costa");
        assertThat(user.values("department")).containsExactly("Finance");
        assertThat(user.values("title")).containsExactly("Engineering Manager");
        assertThat(user.values("manager")).containsExactly(SambaDirectory.userDn(4));
        assertThat(user.values("whenchanged")).singleElement().asString().matches("\\d{14}\\.0Z");
        assertThat(sink.only("user0000").values("manager")).isEmpty();
    }

    @Test
    void objectGuidIsTheEntryIdInGuidForm() {
        CollectingSink sink = new CollectingSink();

        SambaDirectory.config().reader().readAll(Set.of("mail"), sink);

        List<String> ids = sink.entries.stream().map(DirectoryEntry::uuid).toList();
        assertThat(ids).hasSize(SambaDirectory.USERS).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        // AD itself resolves the GUID string: <GUID=...> as a search base names the entry with that objectGUID, so
        // this checks the byte order against the server, not against our own conversion.
        String guid = sink.only("user0042").uuid();
        try (LDAPConnection reader = SambaDirectory.readerConnection()) {
            SearchResultEntry entry = reader.getEntry("<GUID=" + guid + ">", "sAMAccountName");
            assertThat(entry).isNotNull();
            assertThat(entry.getAttributeValue("sAMAccountName")).isEqualTo("user0042");
        } catch (LDAPException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void incrementalReadFindsOnlyWhatChangedAfterTheWhenChangedTimestamp() throws Exception {
        LdapDirectoryReader reader = SambaDirectory.config().userDn(SCRATCH).reader();
        CollectingSink before = new CollectingSink();
        reader.readAll(Set.of("whenChanged"), before);
        assertThat(before.usernames()).containsExactly("adtest1", "adtest2", "adtest3");
        List<Instant> created = before.entries.stream().map(entry -> entry.values("whenchanged").get(0))
                .map(value -> Instant.from(WHEN_CHANGED.parse(value))).sorted().toList();
        Instant oldest = created.get(0);
        Instant newest = created.get(created.size() - 1);
        // whenChanged has one-second resolution: change adtest2 in a later second than anything above.
        while (Instant.now().getEpochSecond() <= newest.getEpochSecond()) {
            Thread.sleep(50);
        }
        admin.modify("CN=adtest2," + scratchDn(), new Modification(ModificationType.REPLACE, "department", "After"));
        String since = TimestampPattern.ACTIVE_DIRECTORY.format(newest.plusSeconds(1));
        assertThat(since).matches("\\d{14}\\.0Z");
        CollectingSink changed = new CollectingSink();
        CollectingSink all = new CollectingSink();
        CollectingSink future = new CollectingSink();

        reader.readChangedSince(since, Set.of("department", "whenChanged"), changed);
        reader.readChangedSince(TimestampPattern.ACTIVE_DIRECTORY.format(oldest), Set.of("department"), all);
        reader.readChangedSince(TimestampPattern.ACTIVE_DIRECTORY.format(Instant.now().plusSeconds(3_600)),
                Set.of("department"), future);

        assertThat(changed.usernames()).as("changed since %s; before: %s; now: %s", since, before.entries,
                changed.entries).containsExactly("adtest2");
        assertThat(changed.only("adtest2").values("department")).containsExactly("After");
        assertThat(all.usernames()).containsExactly("adtest1", "adtest2", "adtest3");
        assertThat(future.entries).isEmpty();
    }

    @Test
    void managerDnsResolveToSamAccountNames() {
        LdapDirectoryReader reader = SambaDirectory.config().reader();

        assertThat(reader.usernameOfDn(SambaDirectory.userDn(4))).contains("user0004");
        assertThat(reader.usernameOfDn(SambaDirectory.userDn(4).toLowerCase())).contains("user0004");
        assertThat(reader.usernameOfDn("CN=nobody," + SambaDirectory.peopleDn())).isEmpty();
        assertThat(reader.usernameOfDn(SambaDirectory.peopleDn())).isEmpty();
    }

    @Test
    void managerDnsResolvedTogetherGiveTheAnswersOfOneReadEach() {
        LdapDirectoryReader reader = SambaDirectory.config().reader();
        String nobody = "CN=nobody," + SambaDirectory.peopleDn();
        List<String> dns = List.of(SambaDirectory.userDn(4), SambaDirectory.userDn(5).toLowerCase(),
                SambaDirectory.userDn(6), nobody, SambaDirectory.peopleDn());

        // From the domain root AD also answers with referrals to its application partitions: the search keeps
        // what it found; whatever it leaves out, the caller reads one by one.
        assertThat(reader.usernamesOfDns(dns)).containsOnly(Map.entry(SambaDirectory.userDn(4), "user0004"),
                Map.entry(SambaDirectory.userDn(5).toLowerCase(), "user0005"),
                Map.entry(SambaDirectory.userDn(6), "user0006"));
    }

    @Test
    void singleUserReadIsExactAndEscaped() {
        LdapDirectoryReader reader = SambaDirectory.config().reader();

        assertThat(reader.readUser("user0042", MAPPED)).get()
                .satisfies(entry -> assertThat(entry.values("mail")).containsExactly("user0042@ad.example.com"));
        assertThat(reader.readUser("user004*", MAPPED)).isEmpty();
        assertThat(reader.readUser("*)(sAMAccountName=*", MAPPED)).isEmpty();
    }

    @Test
    void thumbnailPhotoIsTheSeededJpegByteForByte() throws Exception {
        byte[] seeded;
        try (InputStream in = Objects.requireNonNull(
                ActiveDirectoryTest.class.getResourceAsStream("ad-thumbnail.jpg"), "ad-thumbnail.jpg")) {
            seeded = in.readAllBytes();
        }
        try (LDAPConnection reader = SambaDirectory.readerConnection()) {
            SearchResultEntry withPhoto = reader.getEntry(SambaDirectory.userDn(100), "thumbnailPhoto");
            SearchResultEntry withoutPhoto = reader.getEntry(SambaDirectory.userDn(42), "thumbnailPhoto");
            SearchResult all = reader.search(SambaDirectory.peopleDn(), SearchScope.SUB,
                    Filter.createANDFilter(Filter.create(SambaDirectory.USERS_FILTER),
                            Filter.createPresenceFilter("thumbnailPhoto")), "1.1");

            byte[] photo = withPhoto.getAttributeValueBytes("thumbnailPhoto");
            assertThat(photo).isEqualTo(seeded);
            assertThat(photo).startsWith(0xff, 0xd8, 0xff).endsWith(0xff, 0xd9);
            assertThat(withoutPhoto.hasAttribute("thumbnailPhoto")).isFalse();
            assertThat(all.getEntryCount()).isEqualTo((int) IntStream.range(0, SambaDirectory.USERS)
                    .filter(SambaDirectory::hasPhoto).count());
        }
    }

    @Test
    void rangedRetrievalWalksAGroupOfMoreThanMaxValRangeMembers() throws Exception {
        String group = "CN=" + SambaDirectory.ALL_STAFF + "," + SambaDirectory.groupsDn();
        LdapContext context = jndi();
        try {
            // Samba answers a plain request with every value; ask for the first range as a Windows DC would send it.
            Attributes first = context.getAttributes(Jndi.name(group), new String[] {"member;range=0-1499"});
            Attribute ranged = first.getAll().next();
            RangedValues.Range range = RangedValues.parse(ranged.getID());
            List<String> members = new ArrayList<>();
            for (int i = 0; i < ranged.size(); i++) {
                members.add((String) ranged.get(i));
            }
            assertThat(range).isEqualTo(new RangedValues.Range("member", 0, 1499));
            assertThat(members).hasSize(1_500);

            RangedValues.fetchRest(context, group, range, members, (key, raw) -> (String) raw);

            Attributes plain = context.getAttributes(Jndi.name(group), new String[] {"member"});
            List<String> everyone = new ArrayList<>();
            NamingEnumeration<?> values = plain.get("member").getAll();
            while (values.hasMore()) {
                everyone.add((String) values.next());
            }
            assertThat(members).hasSize(SambaDirectory.USERS).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(everyone);
        } finally {
            context.close();
        }
    }

    @Test
    void readFromTheDomainRootPassesOverTheContinuationReference() {
        // A search from the domain root ends with a reference to CN=Configuration; not following it must not fail.
        CollectingSink sink = new CollectingSink();

        SambaDirectory.config().userDn("").followReferrals(false).reader().readAll(Set.of("mail"), sink);

        assertThat(sink.usernames()).contains("user0000", "user1599", "reader", "Administrator");
    }

    @Test
    void wrongPasswordIsRefusedWithoutShowingIt() {
        LdapDirectoryReader reader = SambaDirectory.config().password("not-the-reader-password").reader();

        assertThatThrownBy(() -> reader.readAll(MAPPED, new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("check the bind DN and password")
                .hasMessageNotContaining("not-the-reader-password");
    }

    @Test
    void aPersonBindsWithTheirPasswordByDnOrUserPrincipalName() throws LDAPException {
        try (LDAPConnection person = new LDAPConnection(SambaDirectory.host(), SambaDirectory.port())) {
            assertThat(person.bind(SambaDirectory.userDn(1), SambaDirectory.userPassword()).getResultCode())
                    .isEqualTo(ResultCode.SUCCESS);
            assertThat(person.bind("user0001@ad.example.com", SambaDirectory.userPassword()).getResultCode())
                    .isEqualTo(ResultCode.SUCCESS);
            // AD's answer to a wrong password: 49 with the Windows sub-code 52e in the message.
            assertThatThrownBy(() -> person.bind(SambaDirectory.userDn(1), "not-the-password"))
                    .isInstanceOfSatisfying(LDAPException.class, e -> {
                        assertThat(e.getResultCode()).isEqualTo(ResultCode.INVALID_CREDENTIALS);
                        assertThat(e.getDiagnosticMessage()).contains("data 52e");
                    });
        }
    }

    @Test
    void aPersonsFirstBindBumpsWhenChangedAsIfTheProfileHadChanged() throws Exception {
        // Passwords can only be set over an encrypted connection: LDAPS on 636 with Samba's self-signed certificate
        // (trusted blindly here; loopback, test-only).
        String dn = "CN=adtest-login," + scratchDn();
        String password = "Login-secret-1";
        byte[] quoted = ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE);
        SSLSocketFactory tls = new SSLUtil(new TrustAllTrustManager()).createSSLSocketFactory();
        try (LDAPConnection secure = new LDAPConnection(tls, SambaDirectory.host(), SambaDirectory.LDAPS_PORT, SambaDirectory.adminDn(),
                SambaDirectory.adminPassword())) {
            secure.add(new com.unboundid.ldap.sdk.Entry(dn,
                    new com.unboundid.ldap.sdk.Attribute("objectClass", "user"),
                    new com.unboundid.ldap.sdk.Attribute("sAMAccountName", "adtest-login"),
                    new com.unboundid.ldap.sdk.Attribute("unicodePwd", quoted),
                    new com.unboundid.ldap.sdk.Attribute("userAccountControl", "512")));
        }
        String created = admin.getEntry(dn, "whenChanged").getAttributeValue("whenChanged");
        Instant createdAt = Instant.from(WHEN_CHANGED.parse(created));
        while (Instant.now().getEpochSecond() <= createdAt.getEpochSecond()) {
            Thread.sleep(50);
        }

        try (LDAPConnection person = new LDAPConnection(SambaDirectory.host(), SambaDirectory.port(), dn, password)) {
            assertThat(person.isConnected()).isTrue();
        }

        SearchResultEntry after = admin.getEntry(dn, "whenChanged", "lastLogonTimestamp");
        assertThat(after.hasAttribute("lastLogonTimestamp")).isTrue();
        assertThat(after.getAttributeValue("whenChanged")).isGreaterThan(created);
    }

    private static String queryPolicy() throws LDAPException {
        SearchResultEntry policy = admin.getEntry("CN=Default Query Policy,CN=Query-Policies,CN=Directory Service,"
                + "CN=Windows NT,CN=Services,CN=Configuration," + SambaDirectory.baseDn(), "lDAPAdminLimits");
        return String.join(" ", policy.getAttributeValues("lDAPAdminLimits"));
    }

    private static LdapContext jndi() throws javax.naming.NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, SambaDirectory.url());
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, SambaDirectory.bindDn());
        env.put(Context.SECURITY_CREDENTIALS, SambaDirectory.password());
        env.put("com.sun.jndi.ldap.read.timeout", "10000");
        return new InitialLdapContext(env, null);
    }
}
