package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Several directories in order: the first that has a user wins; failures are reported, never blank values. */
class MultipleDirectoriesTest {
    @RegisterExtension
    static final TestDirectory first = TestDirectory.start();
    @RegisterExtension
    static final TestDirectory second = TestDirectory.start();
    private EngineFixture fixture;

    @BeforeEach
    void seed() throws Exception {
        first.reset();
        second.reset();
        first.addPerson("alice", "title", "From first");
        second.addPerson("alice", "title", "From second");
        second.addPerson("bob", "title", "Only in second");
        fixture = new EngineFixture(first);
        fixture.host.readers.add(new LdapDirectoryReader(EngineFixture.config(second, "second")));
        fixture.host.withUsers("alice", "bob");
        fixture.fields(FieldDefinition.text("title", "Title", "title"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void firstDirectoryThatHasTheUserWinsAndTheReportCountsTheRest() {
        SyncReport report = fixture.full();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "From first");
        assertThat(fixture.valuesOf("bob")).containsEntry("title", "Only in second");
        assertThat(report.directories().get("Directory second").takenByEarlierDirectory()).isEqualTo(1);
        assertThat(report.directories().get("Directory second").usersSynced()).isEqualTo(1);
    }

    @Test
    void userIsSyncedFromTheDirectoryTheHostSaysTheyBelongTo() {
        fixture.host.replaceUser("alice", new HostUser("alice", "alice", false, false, true, Optional.of("second")));

        fixture.full();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "From second");
    }

    @Test
    void unreachableDirectoryIsReportedAndTheLastSyncDateStays() {
        fixture.host.readers.add(0, new LdapDirectoryReader(new LdapDirectoryConfig("down", "Down", "ldap://127.0.0.1:1",
                null, "cn=x", "hunter2-secret", "dc=example,dc=com", "", null, null, null, null, true, 100, false,
                Duration.ofSeconds(1), Duration.ofSeconds(1))));

        SyncReport report = fixture.full();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.PARTIAL);
        assertThat(report.errors()).anyMatch(e -> e.contains("Down")).noneMatch(e -> e.contains("hunter2-secret"));
        assertThat(fixture.valuesOf("alice")).containsEntry("title", "From first");
        assertThat(fixture.stores.settings().state().lastSyncTime()).isEmpty();
    }
}
