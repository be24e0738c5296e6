package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync digest lets an unchanged user go without loading their values, and never hides a change: a value edited
 * outside the sync, a mapping or field definition change, a failed batch and a held-back clear all make the next
 * sync compare values again. Run on every database.
 */
abstract class SyncDigestContract {
    private static final FieldDefinition TITLE = FieldDefinition.text("title", "Title", "title");
    private static final FieldDefinition PHONE = FieldDefinition.text("phone", "Phone", "telephoneNumber");
    private static TestDirectory directory;
    private final TestHost host = new TestHost();
    private AoStores stores;
    private CountingProfiles profiles;
    private SyncEngine engine;

    /** Stores over empty tables. */
    protected abstract AoStores openEmpty();

    @BeforeAll
    static void startDirectory() {
        directory = TestDirectory.start();
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @BeforeEach
    void seed() throws Exception {
        directory.reset();
        directory.addPerson("alice", "title", "Engineer", "telephoneNumber", "+1 555 0100");
        directory.addPerson("bob", "title", "Designer");
        directory.addPerson("carol", "title", "Manager", "telephoneNumber", "+1 555 0102");
        stores = openEmpty();
        profiles = new CountingProfiles(stores.profiles());
        host.withUsers("alice", "bob", "carol");
        host.readers.add(new LdapDirectoryReader(EngineFixture.config(directory, "main")));
        engine = new SyncEngine(new SyncPorts(host, host, profiles, stores.settings(), stores.history(), host, host),
                Clock.systemUTC());
        stores.settings().saveFields(List.of(TITLE, PHONE));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void anUnchangedFullSyncLoadsNoValues() {
        full();
        profiles.usersLoaded = 0;

        SyncReport second = full();

        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(profiles.usersLoaded).isZero();
    }

    @Test
    void anIncrementalSyncAsksForTheDigestsOfItsBatchAndLoadsOnlyChangedUsers() throws Exception {
        // Timestamps have one-second resolution and the engine reads from one second before the last run.
        Thread.sleep(2100);
        full();
        directory.replace("alice", "description", "not a mapped attribute");
        directory.replace("carol", "title", "Director");
        profiles.usersLoaded = 0;

        SyncReport report = engine.run(SyncRequest.incremental(SyncTrigger.SCHEDULED));

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(profiles.usersLoaded).isEqualTo(1);
        assertThat(valuesOf("carol")).containsEntry("title", "Director");
    }

    @Test
    void aFirstSyncLoadsNobodyWithoutAProfile() {
        SyncReport first = full();

        assertThat(first.updated()).isEqualTo(3);
        assertThat(profiles.usersLoaded).isZero();
        assertThat(profiles.usersAskedForDigests).as("the run's digest read showed nobody had a profile").isZero();
    }

    @Test
    void aProfileAnotherWriterCreatesDuringAFullSyncEndsAsTheDirectorySaysAndKeepsItsOtherValues() {
        profiles.afterDigestRead = () -> profiles.write(List.of(new ProfileUpdate("bob", "bob", "",
                Map.of("title", "Set by a login sync meanwhile", "nickname", "Bobby"), Set.of())));

        full();

        assertThat(stores.profiles().syncDigests(List.of("alice", "bob")))
                .as("bob's profile was made without reading it: no digest vouches for it").containsEntry("bob", "")
                .doesNotContainEntry("alice", "");
        full();
        assertThat(valuesOf("bob")).containsEntry("nickname", "Bobby").doesNotContainValue("Set by a login sync meanwhile");
    }

    @Test
    void aValueEditedOutsideTheSyncIsComparedAndSetBack() {
        full();
        stores.profiles().write(List.of(new ProfileUpdate("alice", "alice", "", Map.of("title", "Edited"), Set.of())));

        SyncReport report = full();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.valuesChanged()).isEqualTo(1);
        assertThat(valuesOf("alice")).containsEntry("title", "Engineer");
    }

    @Test
    void aMappingChangeIsSyncedForEveryone() {
        full();
        stores.settings().saveFields(List.of(TITLE.withLdapAttribute("telephoneNumber"), PHONE));

        SyncReport report = full();

        assertThat(report.unchanged()).isZero();
        assertThat(valuesOf("alice")).containsEntry("title", "+1 555 0100");
        assertThat(valuesOf("bob")).doesNotContainKey("title");
    }

    @Test
    void aFieldDefinitionChangeWithTheSameOutcomesIsComparedAgain() throws Exception {
        stores.settings().saveFields(List.of(TITLE, PHONE.withWhenMissing(WhenMissing.KEEP)));
        full();
        directory.replace("alice", "telephoneNumber");
        full();
        assertThat(valuesOf("alice")).containsEntry("phone", "+1 555 0100");
        stores.settings().saveFields(List.of(TITLE, PHONE.withWhenMissing(WhenMissing.CLEAR)));

        SyncReport report = full();

        assertThat(report.valuesChanged()).isEqualTo(1);
        assertThat(valuesOf("alice")).doesNotContainKey("phone");
    }

    @Test
    void aFailedBatchIsComparedAgainByTheNextSync() throws Exception {
        full();
        directory.replace("alice", "title", "Staff Engineer");
        profiles.failNextWrite = true;
        SyncReport failed = full();
        assertThat(failed.failed()).isEqualTo(1);

        SyncReport next = full();

        assertThat(next.updated()).isEqualTo(1);
        assertThat(valuesOf("alice")).containsEntry("title", "Staff Engineer");
    }

    @Test
    void aClearHeldBackBesideAnotherChangeIsAppliedByTheNextSyncThatMayClear() throws Exception {
        full();
        stores.settings().saveSettings(stores.settings().settings().withSafetyThreshold(100));
        directory.replace("alice", "title");
        directory.replace("alice", "telephoneNumber", "+1 555 0199");
        directory.delete("bob");
        SyncReport withheld = full();
        assertThat(valuesOf("alice")).containsEntry("title", "Engineer").containsEntry("phone", "+1 555 0199");
        assertThat(withheld.valuesChanged()).isEqualTo(1);
        directory.addPerson("bob", "title", "Designer");

        SyncReport report = full();

        assertThat(report.valuesChanged()).isEqualTo(1);
        assertThat(valuesOf("alice")).doesNotContainKey("title");
    }

    @Test
    void profilesWrittenWithoutDigestsSyncAsBeforeAndGainThem() {
        stores.profiles().write(List.of(
                new ProfileUpdate("alice", "alice", "", Map.of("title", "Engineer", "phone", "+1 555 0100"), Set.of()),
                new ProfileUpdate("bob", "bob", "", Map.of("title", "Old"), Set.of())));

        SyncReport first = full();
        profiles.usersLoaded = 0;
        SyncReport second = full();

        assertThat(first.updated()).isEqualTo(2);
        assertThat(first.valuesChanged()).isEqualTo(3);
        assertThat(first.unchanged()).isEqualTo(1);
        assertThat(valuesOf("bob")).containsEntry("title", "Designer");
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(profiles.usersLoaded).isZero();
    }

    private SyncReport full() {
        return engine.run(SyncRequest.full(SyncTrigger.MANUAL));
    }

    private Map<String, String> valuesOf(String userKey) {
        StoredProfile profile = stores.profiles().load(List.of(userKey)).get(userKey);
        return profile == null ? Map.of() : profile.values();
    }
}
