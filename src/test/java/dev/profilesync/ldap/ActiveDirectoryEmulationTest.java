package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.testing.ConfigBuilder;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Active Directory's ways, emulated with an interceptor over real LDAP connections: sAMAccountName, binary objectGUID
 * and objectSid, whenChanged in yyyyMMddHHmmss.0Z, ranged retrieval of large multi-valued attributes and
 * continuation references at the end of a search from the domain root.
 */
class ActiveDirectoryEmulationTest {
    private static final String USERS_FILTER = "(&(objectCategory=person)(objectClass=user))";
    private static final Set<String> MAPPED = Set.of("displayName", "mail", "memberOf", "objectSid", "whenChanged");
    /** Bytes 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff are GUID 00112233-4455-6677-8899-aabbccddeeff. */
    private static final byte[] GUID = {0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, (byte) 0x88, (byte) 0x99,
            (byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff};
    /** S-1-5-21-1-2-3-1104. */
    private static final byte[] SID = {1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0,
            0x50, 0x04, 0, 0};
    private static final ActiveDirectoryQuirks QUIRKS = new ActiveDirectoryQuirks();
    private static final ServerQuirks REQUESTS = new ServerQuirks();
    @RegisterExtension
    static final TestDirectory domain = TestDirectory.builder().withoutSchema().sizeLimit(1000)
            .interceptors(QUIRKS, REQUESTS).start();
    @RegisterExtension
    static final TestDirectory otherDomain = TestDirectory.builder().withoutSchema().sizeLimit(1000)
            .interceptors(new ActiveDirectoryQuirks()).start();

    @BeforeEach
    void seed() {
        QUIRKS.reset();
        REQUESTS.reset();
        domain.reset();
        domain.add(adUser("Jane Doe", "jdoe", "20261121234443.0Z", GUID,
                new Attribute("objectSid", SID),
                new Attribute("memberOf", IntStream.range(0, 3_200).mapToObj(i -> "cn=group" + i + ",ou=groups,"
                        + TestDirectory.BASE).toArray(String[]::new))));
        domain.add(adUser("Old Timer", "otimer", "20240102030405.0Z", new byte[16]));
        domain.add(new Entry("cn=WORKSTATION1,ou=people," + TestDirectory.BASE,
                new Attribute("objectClass", "top", "person", "user", "computer"),
                new Attribute("objectCategory", "computer"), new Attribute("sAMAccountName", "WORKSTATION1$")));
        otherDomain.reset();
        otherDomain.add(adUser("Remote Person", "rperson", "20261121234443.0Z", new byte[16]));
    }

    private static Entry adUser(String cn, String account, String whenChanged, byte[] guid, Attribute... extra) {
        Entry entry = new Entry("cn=" + cn + ",ou=people," + TestDirectory.BASE,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("objectCategory", "person"), new Attribute("cn", cn),
                new Attribute("displayName", cn), new Attribute("sAMAccountName", account),
                new Attribute("mail", account + "@corp.example.com"), new Attribute("objectGUID", guid),
                new Attribute("whenChanged", whenChanged), new Attribute("userAccountControl", "512"));
        for (Attribute attribute : extra) {
            entry.addAttribute(attribute);
        }
        return entry;
    }

    private static ConfigBuilder activeDirectory() {
        return domain.config().userDn("").userFilter(USERS_FILTER).usernameAttribute("sAMAccountName")
                .uuidAttribute("objectGUID").timestampAttribute("whenChanged").pageSize(1000);
    }

    @Test
    void readsUsersBySamAccountNameWithObjectGuidAsGuidString() {
        CollectingSink sink = new CollectingSink();

        activeDirectory().reader().readAll(MAPPED, sink);

        assertThat(sink.usernames()).containsExactly("jdoe", "otimer");
        DirectoryEntry jane = sink.only("jdoe");
        assertThat(jane.uuid()).isEqualTo("00112233-4455-6677-8899-aabbccddeeff");
        assertThat(jane.values("objectguid")).containsExactly("00112233-4455-6677-8899-aabbccddeeff");
        assertThat(jane.values("objectsid")).containsExactly("S-1-5-21-1-2-3-1104");
        assertThat(jane.values("samaccountname")).containsExactly("jdoe");
    }

    @Test
    void textThatIsNotUtf8IsReadWithReplacementCharactersInsteadOfFailing() {
        domain.add(adUser("Broken Text", "btext", "20261121234443.0Z", new byte[16],
                new Attribute("description", new byte[] {'o', 'k', (byte) 0xff, (byte) 0xfe})));
        CollectingSink sink = new CollectingSink();

        activeDirectory().reader().readAll(Set.of("description"), sink);

        assertThat(sink.only("btext").values("description")).containsExactly("ok\ufffd\ufffd");
    }

    @Test
    void rangedAttributeIsFetchedToItsEndOnTheSameEntry() {
        CollectingSink sink = new CollectingSink();

        activeDirectory().reader().readAll(MAPPED, sink);

        List<String> groups = sink.only("jdoe").values("memberof");
        assertThat(groups).hasSize(3_200).doesNotHaveDuplicates()
                .startsWith("cn=group0,ou=groups," + TestDirectory.BASE)
                .endsWith("cn=group3199,ou=groups," + TestDirectory.BASE);
        assertThat(QUIRKS.rangedRequests).containsExactly("memberOf;range=1500-*", "memberOf;range=3000-*");
        assertThat(sink.only("jdoe").attributes()).doesNotContainKey("memberof;range=0-1499");
    }

    @Test
    void singleUserReadCompletesRangedAttributesToo() {
        DirectoryEntry jane = activeDirectory().reader().readUser("JDOE", MAPPED).orElseThrow();

        assertThat(jane.values("memberof")).hasSize(3_200);
    }

    @Test
    void incrementalReadUsesWhenChangedInActiveDirectoryFormat() {
        CollectingSink sink = new CollectingSink();

        activeDirectory().reader().readChangedSince("20260101000000.0Z", MAPPED, sink);

        assertThat(sink.usernames()).containsExactly("jdoe");
        assertThat(REQUESTS.filters).contains("(&(&(objectCategory=person)(objectClass=user))"
                + "(whenChanged>=20260101000000.0Z))");
    }

    @Test
    void continuationReferencesAreIgnoredWhenReferralsAreNotFollowed() {
        domain.add(referralTo(otherDomain));
        CollectingSink sink = new CollectingSink();

        activeDirectory().followReferrals(false).reader().readAll(MAPPED, sink);

        assertThat(sink.usernames()).containsExactly("jdoe", "otimer");
    }

    @Test
    void continuationReferencesAreFollowedWhenReferralsAreFollowed() {
        domain.add(referralTo(otherDomain));
        CollectingSink sink = new CollectingSink();

        activeDirectory().followReferrals(true).pagedResults(false).reader().readAll(MAPPED, sink);

        assertThat(sink.usernames()).containsExactly("jdoe", "otimer", "rperson");
    }

    @Test
    void followingAReferralDuringAPagedReadFailsLoudlyInsteadOfReadingPartOfIt() {
        domain.add(referralTo(otherDomain));
        LdapDirectoryReader reader = activeDirectory().followReferrals(true).pagedResults(true).reader();

        assertThatThrownBy(() -> reader.readAll(MAPPED, new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("following a referral from " + domain.url())
                .hasMessageContaining("set followReferrals=false");
    }

    private static Entry referralTo(TestDirectory target) {
        return new Entry("ou=elsewhere," + TestDirectory.BASE,
                new Attribute("objectClass", "top", "referral", "extensibleObject"),
                new Attribute("ou", "elsewhere"),
                new Attribute("ref", target.url() + "/" + TestDirectory.PEOPLE));
    }
}
