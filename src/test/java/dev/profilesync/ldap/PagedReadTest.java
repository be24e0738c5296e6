package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.port.EntrySink;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Full and incremental reads against a server that caps every search at 500 entries, as OpenLDAP is set up in CI. */
class PagedReadTest {
    private static final Set<String> MAPPED = Set.of("cn", "givenName", "sn", "mail", "title", "departmentNumber",
            "telephoneNumber");
    private static final ServerQuirks QUIRKS = new ServerQuirks();
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.builder().sizeLimit(500).interceptors(QUIRKS).start()
            .addPeople(1_200).snapshot();

    @BeforeEach
    void seed() {
        QUIRKS.reset();
        directory.restore();
    }

    @Test
    void pagedSearchReadsMoreEntriesThanTheServerSizeLimit() {
        CollectingSink sink = new CollectingSink();

        directory.config().pageSize(500).reader().readAll(MAPPED, sink);

        assertThat(sink.entries).hasSize(1_200);
        assertThat(sink.usernames()).hasSize(1_200).contains("user0000", "user0499", "user0500", "user1199");
        assertThat(sink.unreadable).isEmpty();
    }

    @Test
    void allPagesOfOneReadTravelOnOneConnection() {
        directory.config().pageSize(100).reader().readAll(MAPPED, new CollectingSink());

        assertThat(QUIRKS.pagedSearchConnections).hasSize(12);
        assertThat(new HashSet<>(QUIRKS.pagedSearchConnections)).hasSize(1);
    }

    @Test
    void entriesCarryLowerCaseAttributeNamesUsernameAndEntryUuid() {
        CollectingSink sink = new CollectingSink();

        directory.config().reader().readAll(MAPPED, sink);

        DirectoryEntry entry = sink.only("user0042");
        assertThat(entry.dn()).isEqualTo("uid=user0042," + TestDirectory.PEOPLE);
        assertThat(entry.attributes()).containsKeys("givenname", "departmentnumber", "telephonenumber", "uid",
                "entryuuid");
        assertThat(entry.values("mail")).containsExactly("user0042@example.com");
        assertThat(entry.uuid()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void readWithoutPagingFailsWhenTheServerSizeLimitIsHit() {
        LdapDirectoryReader reader = directory.config().pagedResults(false).reader();

        assertThatThrownBy(() -> reader.readAll(MAPPED, new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("size limit exceeded by " + directory.url() + " while reading all users"
                        + " (after 500 entries), with paged results off")
                .hasMessageContaining("enable paged results or lower the page size below the server's limit")
                .hasCauseInstanceOf(org.springframework.ldap.SizeLimitExceededException.class);
    }

    @Test
    void pageSizeAboveTheServerLimitFailsInsteadOfReturningAPartialDirectory() {
        LdapDirectoryReader reader = directory.config().pageSize(800).reader();

        assertThatThrownBy(() -> reader.readAll(MAPPED, new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("even with paged results of 800 entries")
                .hasMessageNotContaining("enable paged results")
                .hasMessageContaining("lower the page size (pageSize) below the server's limit");
    }

    @Test
    void serverThatDropsThePagedResponseControlFailsTheRead() {
        QUIRKS.dropPagedResponseControl = true;
        LdapDirectoryReader reader = directory.config().pageSize(100).reader();

        assertThatThrownBy(() -> reader.readAll(MAPPED, new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("did not page the results")
                .hasMessageContaining("after 100 entries")
                .hasMessageContaining("the user list would be incomplete");
    }

    @Test
    void exceptionOfTheSinkPropagatesUnchangedAndStopsTheRead() {
        IllegalStateException stop = new IllegalStateException("engine says stop");
        AtomicInteger seen = new AtomicInteger();
        EntrySink throwing = new EntrySink() {
            @Override
            public void entry(DirectoryEntry entry) {
                if (seen.incrementAndGet() == 3) {
                    throw stop;
                }
            }

            @Override
            public void unreadable(String dn, String reason) {
            }
        };

        assertThatThrownBy(() -> directory.config().pageSize(100).reader().readAll(MAPPED, throwing)).isSameAs(stop);
        assertThat(seen).hasValue(3);
        assertThat(QUIRKS.pagedSearchConnections).hasSize(1);
    }

    @Test
    void entryWithoutTheUsernameAttributeIsReportedAsUnreadable() {
        directory.add(new Entry("cn=no-uid," + TestDirectory.PEOPLE,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                new Attribute("cn", "no-uid"), new Attribute("sn", "Nobody")));
        CollectingSink sink = new CollectingSink();

        directory.config().reader().readAll(MAPPED, sink);

        assertThat(sink.entries).hasSize(1_200);
        assertThat(sink.unreadable).containsOnlyKeys("cn=no-uid," + TestDirectory.PEOPLE);
        assertThat(sink.unreadable.values().iterator().next()).contains("no uid attribute (usernameAttribute)");
    }

    @Test
    void incrementalReadReturnsOnlyEntriesChangedSinceTheTimestamp() throws Exception {
        Instant before = Instant.now();
        Thread.sleep(20);
        for (String uid : new String[] {"user0007", "user0700"}) {
            directory.server().modify("uid=" + uid + "," + TestDirectory.PEOPLE,
                    new Modification(ModificationType.REPLACE, "title", "Manager"));
        }
        // UnboundID keeps milliseconds in modifyTimestamp; OpenLDAP's one-second form works the same way.
        String since = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSS'Z'").withZone(ZoneOffset.UTC).format(before);
        CollectingSink sink = new CollectingSink();

        directory.config().reader().readChangedSince(since, MAPPED, sink);

        assertThat(sink.usernames()).containsExactly("user0007", "user0700");
        assertThat(sink.only("user0700").values("title")).containsExactly("Manager");
        assertThat(QUIRKS.filters).contains("(&(objectClass=inetOrgPerson)(modifyTimestamp>=" + since + "))");
    }

    @Test
    void timestampIsEscapedInTheIncrementalFilter() {
        CollectingSink sink = new CollectingSink();

        directory.config().reader().readChangedSince("*)(uid=*", MAPPED, sink);

        assertThat(sink.entries).isEmpty();
        assertThat(QUIRKS.filters).contains("(&(objectClass=inetOrgPerson)(modifyTimestamp>=\\2a\\29\\28uid=\\2a))");
    }

    @Test
    void binaryValuesArriveAsBase64InsteadOfMangledText() {
        byte[] photo = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'};
        Entry photographer = TestDirectory.person("photographer");
        photographer.addAttribute("jpegPhoto", photo);
        directory.add(photographer);
        CollectingSink sink = new CollectingSink();

        directory.config().reader().readAll(Set.of("jpegPhoto"), sink);

        assertThat(sink.only("photographer").values("jpegphoto"))
                .containsExactly(Base64.getEncoder().encodeToString(photo));
    }
}
