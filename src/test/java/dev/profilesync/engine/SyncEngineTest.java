package dev.profilesync.engine;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.ValueChange;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine against a real LDAP server and a real database: one directory per class, fresh data per test. */
class SyncEngineTest {
    private static final FieldDefinition TITLE = FieldDefinition.text("title", "Title", "title");
    private static final FieldDefinition PHONE = FieldDefinition.text("phone", "Phone", "telephoneNumber");
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start();
    private EngineFixture fixture;

    @BeforeEach
    void seed() throws Exception {
        directory.reset();
        directory.addPerson("alice", "title", "Engineer", "telephoneNumber", "+1 555 0100");
        directory.addPerson("bob", "title", "Designer");
        directory.addPerson("carol", "title", "Manager", "telephoneNumber", "+1 555 0102");
        fixture = new EngineFixture(directory);
        fixture.host.withUsers("alice", "bob", "carol");
        fixture.fields(TITLE, PHONE);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void fullSyncWritesMappedValuesForEveryActiveUser() {
        SyncReport report = fixture.full();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCESS);
        assertThat(report.scanned()).isEqualTo(3);
        assertThat(report.updated()).isEqualTo(3);
        assertThat(report.valuesChanged()).isEqualTo(5);
        assertThat(fixture.valuesOf("alice")).containsExactlyInAnyOrderEntriesOf(
                Map.of("title", "Engineer", "phone", "+1 555 0100"));
        assertThat(fixture.valuesOf("bob")).containsExactlyEntriesOf(Map.of("title", "Designer"));
    }

    @Test
    void secondFullSyncWithNothingChangedWritesNothing() {
        fixture.full();
        SyncReport second = fixture.full();

        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.valuesChanged()).isZero();
    }

    @Test
    void changedAttributeUpdatesOnlyThatValue() throws Exception {
        fixture.full();
        directory.replace("alice", "title", "Staff Engineer");

        SyncReport report = fixture.full();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.valuesChanged()).isEqualTo(1);
        assertThat(fixture.valuesOf("alice")).containsEntry("title", "Staff Engineer")
                .containsEntry("phone", "+1 555 0100");
    }

    @Test
    void removedAttributeIsClearedOrKeptAsTheFieldSays() throws Exception {
        fixture.fields(TITLE, PHONE.withWhenMissing(WhenMissing.KEEP));
        fixture.full();
        directory.replace("alice", "title");
        directory.replace("alice", "telephoneNumber");

        fixture.full();

        assertThat(fixture.valuesOf("alice")).doesNotContainKey("title").containsEntry("phone", "+1 555 0100");
    }

    @Test
    void userMissingFromTheDirectoryIsNeverCleared() throws Exception {
        fixture.full();
        directory.delete("bob");

        SyncReport report = fixture.full();

        assertThat(fixture.valuesOf("bob")).containsEntry("title", "Designer");
        assertThat(report.skipped()).containsEntry(SyncReport.SkipReason.NOT_IN_DIRECTORY, 1L);
    }

    @Test
    void emptyDirectoryAnswerClearsNothingAndSaysWhy() throws Exception {
        fixture.full();
        directory.reset();

        SyncReport report = fixture.full();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "Engineer");
        assertThat(report.notes()).anyMatch(note -> note.contains("no entries"));
    }

    @Test
    void farFewerEntriesThanLastRunWithholdsClears() throws Exception {
        for (int i = 0; i < 7; i++) {
            directory.addPerson("extra" + i, "title", "Temp");
            fixture.host.withUsers("extra" + i);
        }
        fixture.full();
        for (int i = 0; i < 7; i++) {
            directory.delete("extra" + i);
        }
        directory.replace("alice", "title");

        SyncReport report = fixture.full();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "Engineer");
        assertThat(report.notes()).anyMatch(note -> note.contains("fewer than 50%"));
    }

    @Test
    void attributeThatNoEntryHasAnyMoreIsNotCleared() throws Exception {
        for (int i = 0; i < 10; i++) {
            directory.addPerson("p" + i, "title", "Temp");
            fixture.host.withUsers("p" + i);
        }
        fixture.full();
        fixture.fields(TITLE.withLdapAttribute("titel"), PHONE);

        SyncReport report = fixture.full();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "Engineer");
        assertThat(report.notes()).anyMatch(note -> note.contains("No entry had a value for field 'title'"));
    }

    @Test
    void incrementalSyncReadsOnlyChangedEntries() throws Exception {
        // Timestamps have one-second resolution and the engine reads from one second before the last run:
        // the seeded entries must be older than that.
        Thread.sleep(2100);
        fixture.full();
        directory.replace("carol", "title", "Director");

        SyncReport report = fixture.incremental();

        assertThat(report.mode()).isEqualTo(SyncMode.INCREMENTAL);
        assertThat(report.directories().get("Directory main").entriesRead()).isEqualTo(1);
        assertThat(fixture.valuesOf("carol")).containsEntry("title", "Director");
    }

    @Test
    void incrementalSyncFallsBackToFullWhenMappingChanged() {
        fixture.full();
        fixture.fields(TITLE, PHONE, FieldDefinition.text("name", "Name", "cn"));

        SyncReport report = fixture.incremental();

        assertThat(report.mode()).isEqualTo(SyncMode.FULL);
        assertThat(report.notes()).anyMatch(note -> note.contains("mappings changed"));
        assertThat(fixture.valuesOf("bob")).containsEntry("name", "bob");
    }

    @Test
    void aRunAsConfiguredIsIncrementalWhenTheSettingsSaySoAndFullOtherwise() throws Exception {
        SyncReport first = fixture.engine.run(SyncRequest.asConfigured(SyncTrigger.SCHEDULED));
        assertThat(first.requestedMode()).isEqualTo(SyncMode.FULL);
        assertThat(first.mode()).isEqualTo(SyncMode.FULL);

        Thread.sleep(2100);
        directory.replace("carol", "title", "Director");
        SyncSettings stored = fixture.stores.settings().settings();
        fixture.stores.settings().saveSettings(stored.withIncremental(true, stored.timestampPattern()));
        SyncReport second = fixture.engine.run(SyncRequest.asConfigured(SyncTrigger.SCHEDULED));

        assertThat(second.requestedMode()).isEqualTo(SyncMode.INCREMENTAL);
        assertThat(second.mode()).isEqualTo(SyncMode.INCREMENTAL);
        assertThat(second.trigger()).isEqualTo(SyncTrigger.SCHEDULED);
        assertThat(fixture.valuesOf("carol")).containsEntry("title", "Director");
    }

    @Test
    void incrementalSyncWithoutLastSyncDateRunsFull() {
        SyncReport report = fixture.incremental();

        assertThat(report.requestedMode()).isEqualTo(SyncMode.INCREMENTAL);
        assertThat(report.mode()).isEqualTo(SyncMode.FULL);
        assertThat(report.updated()).isEqualTo(3);
    }

    @Test
    void dryRunReportsEveryChangeAndWritesNothing() {
        SyncReport report = fixture.engine.run(SyncRequest.full(SyncTrigger.MANUAL).asDryRun());

        assertThat(report.dryRun()).isTrue();
        assertThat(report.changes()).hasSize(5)
                .contains(new ValueChange("alice", "title", "", "Engineer"));
        assertThat(fixture.valuesOf("alice")).isEmpty();
    }

    @Test
    void singleUserSyncTouchesOnlyThatUser() {
        SyncReport report = fixture.engine.run(SyncRequest.user("Carol", SyncTrigger.LOGIN));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(fixture.valuesOf("carol")).containsEntry("title", "Manager");
        assertThat(fixture.valuesOf("alice")).isEmpty();
    }

    @Test
    void hostileUsernameMatchesNobody() {
        fixture.host.withUsers("*)(uid=*", "a\\b", "nul\u0000");
        for (String hostile : new String[] {"*)(uid=*", "a\\b", "nul\u0000"}) {
            SyncReport report = fixture.engine.run(SyncRequest.user(hostile, SyncTrigger.LOGIN));

            assertThat(report.updated()).isZero();
            assertThat(report.skipped()).containsEntry(SyncReport.SkipReason.NOT_IN_DIRECTORY, 1L);
        }
        assertThat(fixture.valuesOf("alice")).isEmpty();
    }

    @Test
    void readOnlyModeRefusesToStart() {
        fixture.host.readOnly.set(true);

        SyncReport report = fixture.full();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.READ_ONLY);
        assertThat(fixture.valuesOf("alice")).isEmpty();
        assertThat(fixture.stores.history().recent(10)).isEmpty();
    }

    @Test
    void readOnlyTurningOnMidRunStopsWithinOneBatch() throws Exception {
        for (int i = 0; i < 20; i++) {
            directory.addPerson("bulk" + i, "title", "Temp");
            fixture.host.withUsers("bulk" + i);
        }
        fixture.stores.settings().saveSettings(fixture.stores.settings().settings().withBatchSize(5));
        fixture.host.readers.set(0, new ReadOnlyAfterFirstEntries(fixture.host.readers.get(0), fixture.host, 6));

        SyncReport report = fixture.full();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.READ_ONLY);
        assertThat(report.updated()).isEqualTo(5);
        assertThat(report.notes()).anyMatch(note -> note.contains("read-only"));
    }

    @Test
    void secondRunWhileOneRunsIsRefused() {
        var lease = fixture.host.tryAcquire("dev.profilesync.run").orElseThrow();
        try {
            SyncReport report = fixture.full();
            assertThat(report.outcome()).isEqualTo(SyncOutcome.ALREADY_RUNNING);
            assertThat(report.notes()).anyMatch(note -> note.contains("already running"));
        } finally {
            lease.close();
        }
    }

    @Test
    void inactiveUsersAreSkippedUnderTheVisiblePolicyAndSyncedUnderAll() {
        fixture.host.replaceUser("bob", new HostUser("bob", "bob", true, false, true, Optional.empty()));

        SyncReport visible = fixture.full();
        assertThat(visible.skipped()).containsEntry(SyncReport.SkipReason.INACTIVE, 1L);
        assertThat(fixture.valuesOf("bob")).isEmpty();

        fixture.stores.settings().saveSettings(
                fixture.stores.settings().settings().withActiveUserPolicy(ActiveUserPolicy.ALL));
        fixture.full();
        assertThat(fixture.valuesOf("bob")).containsEntry("title", "Designer");
    }

    @Test
    void renamedUserKeepsTheProfileStoredUnderTheUserKey() throws Exception {
        fixture.host.replaceUser("alice", new HostUser("key-42", "alice", false, false, true, Optional.empty()));
        fixture.full();
        directory.delete("alice");
        directory.addPerson("alice.smith", "title", "Engineer", "telephoneNumber", "+1 555 0100");
        fixture.host.replaceUser("alice", new HostUser("key-42", "alice.smith", false, false, true, Optional.empty()));

        SyncReport report = fixture.full();

        assertThat(report.updated()).isZero();
        assertThat(fixture.stores.profiles().load(java.util.List.of("key-42")).get("key-42").username())
                .isEqualTo("alice.smith");
    }

    @Test
    void oversizedValueKeepsTheStoredValueAndNamesTheUser() throws Exception {
        fixture.full();
        directory.replace("alice", "title", "x".repeat(300));

        SyncReport report = fixture.full();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "Engineer");
        assertThat(report.problems()).anyMatch(p -> p.username().equals("alice") && p.message().contains("255"));
    }

    @Test
    void everyRunIsKeptInHistory() {
        fixture.full();
        fixture.engine.run(SyncRequest.user("alice", SyncTrigger.LOGIN));

        assertThat(fixture.stores.history().recent(10)).extracting(SyncReport::trigger)
                .containsExactly(SyncTrigger.LOGIN, SyncTrigger.MANUAL);
    }
}
