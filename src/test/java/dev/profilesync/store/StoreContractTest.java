package dev.profilesync.store;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.TimestampPattern;
import dev.profilesync.core.UnlicensedUserPolicy;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.profilesync.store.Fixtures.remove;
import static dev.profilesync.store.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database must do for the stores; run on HSQLDB always and on PostgreSQL when configured. Each test
 * starts from empty tables.
 */
abstract class StoreContractTest {
    protected AoStores stores;

    /** Stores over empty tables. */
    protected abstract AoStores openEmpty();

    /** Other stores over the tables of the last {@link #openEmpty}, as another cluster node has them. */
    protected abstract AoStores openAnotherNode();

    @BeforeEach
    void open() {
        stores = openEmpty();
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void loadReturnsOnlyUsersWithStoredProfiles() {
        stores.profiles().write(List.of(set("alice", Map.of("department", "Sales"))));

        Map<String, StoredProfile> loaded = stores.profiles().load(List.of("alice", "bob"));

        assertThat(loaded).containsOnlyKeys("alice");
        assertThat(loaded.get("alice")).isEqualTo(
                new StoredProfile("alice", "name-alice", "uuid-alice", Map.of("department", "Sales")));
        assertThat(stores.profiles().load(List.of())).isEmpty();
    }

    @Test
    void aWriteRightAfterALoadKeepsWhatAnotherNodeWroteMeanwhile() {
        stores.profiles().write(List.of(set("alice", Map.of("department", "Sales", "title", "Rep")),
                set("bob", Map.of("department", "IT"))));
        stores.profiles().load(List.of("alice", "bob"));
        AoStores otherNode = openAnotherNode();
        try {
            otherNode.profiles().write(List.of(set("bob", Map.of("phone", "42"))));

            stores.profiles().write(List.of(set("alice", Map.of("title", "Lead")),
                    set("bob", Map.of("department", "Ops"))));

            Map<String, StoredProfile> stored = otherNode.profiles().load(List.of("alice", "bob"));
            assertThat(stored.get("alice").values()).isEqualTo(Map.of("department", "Sales", "title", "Lead"));
            assertThat(stored.get("bob").values()).as("the other node's phone kept, this node's department set")
                    .isEqualTo(Map.of("department", "Ops", "phone", "42"));
        } finally {
            otherNode.close();
        }
    }

    @Test
    void writeSetsChangedValuesRemovesClearedOnesAndKeepsTheRest() {
        stores.profiles().write(List.of(set("alice", Map.of("department", "Sales", "title", "Rep", "phone", "1"))));

        stores.profiles().write(List.of(new ProfileUpdate("alice", "name-alice", "uuid-alice",
                Map.of("department", "Marketing"), java.util.Set.of("phone"))));

        assertThat(stores.profiles().load(List.of("alice")).get("alice").values())
                .isEqualTo(Map.of("department", "Marketing", "title", "Rep"));
    }

    @Test
    void writeFollowsARenameWithoutLosingValues() {
        stores.profiles().write(List.of(set("key-1", Map.of("department", "Sales"))));

        stores.profiles().write(List.of(new ProfileUpdate("key-1", "alice.renamed", "uuid-2", Map.of(), java.util.Set.of())));

        assertThat(stores.profiles().load(List.of("key-1")).get("key-1"))
                .isEqualTo(new StoredProfile("key-1", "alice.renamed", "uuid-2", Map.of("department", "Sales")));
    }

    @Test
    void twoUpdatesForOneUserInOneWriteApplyInOrder() {
        stores.profiles().write(List.of(set("alice", Map.of("a", "1", "b", "1")), remove("alice", "a"),
                set("alice", Map.of("c", "3"))));

        assertThat(stores.profiles().load(List.of("alice")).get("alice").values()).isEqualTo(Map.of("b", "1", "c", "3"));
    }

    @Test
    void loadAndWriteHandleMoreUsersThanOneInList() {
        List<ProfileUpdate> updates = Fixtures.users(2_345);

        stores.profiles().write(updates);
        Map<String, StoredProfile> loaded = stores.profiles().load(updates.stream().map(ProfileUpdate::userKey).toList());

        assertThat(loaded).hasSize(2_345);
        assertThat(loaded.get("u2344").values()).isEqualTo(Map.of("department", "dept 2344", "title", "title 2344"));
    }

    @Test
    void writeIsAllOrNothingWhenOneValueFails() {
        stores.profiles().write(List.of(set("alice", Map.of("department", "Sales")), set("bob", Map.of("department", "IT"))));
        String tooLongForTheFieldKeyColumn = "f".repeat(200);

        List<ProfileUpdate> batch = List.of(
                new ProfileUpdate("alice", "alice.renamed", "uuid-new", Map.of("department", "Marketing"), java.util.Set.of()),
                set("bob", Map.of(tooLongForTheFieldKeyColumn, "x")),
                set("carol", Map.of("department", "HR")));
        assertThatThrownBy(() -> stores.profiles().write(batch)).isInstanceOf(RuntimeException.class);

        Map<String, StoredProfile> after = stores.profiles().load(List.of("alice", "bob", "carol"));
        assertThat(after).containsOnlyKeys("alice", "bob");
        assertThat(after.get("alice")).isEqualTo(
                new StoredProfile("alice", "name-alice", "uuid-alice", Map.of("department", "Sales")));
        assertThat(after.get("bob").values()).isEqualTo(Map.of("department", "IT"));
    }

    @Test
    void aPictureIsStoredWithItsFieldValueAndReadBackAsWritten() {
        Picture picture = new Picture("sha256:" + "ab".repeat(32), "image/jpeg", jpegLikeBytes(40_000));

        stores.profiles().write(List.of(withPicture("alice", "photo", picture)));

        assertThat(stores.profiles().load(List.of("alice")).get("alice").values())
                .containsEntry("photo", picture.digest());
        assertThat(stores.profiles().picture("alice", "photo")).contains(picture);
        assertThat(stores.profiles().picture("alice", "other")).isEmpty();
        assertThat(stores.profiles().picture("bob", "photo")).isEmpty();
    }

    @Test
    void aNewPictureReplacesTheOldOneAndARemovedOneIsGone() {
        Picture first = new Picture("sha256:1", "image/jpeg", jpegLikeBytes(100));
        Picture second = new Picture("sha256:2", "image/png", jpegLikeBytes(200));
        stores.profiles().write(List.of(withPicture("alice", "photo", first), withPicture("bob", "photo", first)));

        stores.profiles().write(List.of(withPicture("alice", "photo", second)));
        stores.profiles().write(List.of(new ProfileUpdate("bob", "name-bob", "uuid-bob", Map.of(),
                java.util.Set.of("photo"), new PictureChanges(Map.of(), java.util.Set.of("photo")))));

        assertThat(stores.profiles().picture("alice", "photo")).contains(second);
        assertThat(stores.profiles().picture("bob", "photo")).isEmpty();
        assertThat(stores.profiles().load(List.of("bob")).get("bob").values()).doesNotContainKey("photo");
    }

    @Test
    void aPictureIsNotStoredWhenItsBatchFails() {
        Picture kept = new Picture("sha256:1", "image/jpeg", jpegLikeBytes(100));
        stores.profiles().write(List.of(withPicture("alice", "photo", kept)));

        List<ProfileUpdate> batch = List.of(
                withPicture("alice", "photo", new Picture("sha256:2", "image/jpeg", jpegLikeBytes(300))),
                set("bob", Map.of("f".repeat(200), "x")));
        assertThatThrownBy(() -> stores.profiles().write(batch)).isInstanceOf(RuntimeException.class);

        assertThat(stores.profiles().picture("alice", "photo")).contains(kept);
        assertThat(stores.profiles().load(List.of("alice")).get("alice").values()).containsEntry("photo", "sha256:1");
    }

    private static ProfileUpdate withPicture(String userKey, String field, Picture picture) {
        return new ProfileUpdate(userKey, "name-" + userKey, "uuid-" + userKey, Map.of(field, picture.digest()),
                java.util.Set.of(), new PictureChanges(Map.of(field, picture), java.util.Set.of()));
    }

    private static byte[] jpegLikeBytes(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return bytes;
    }

    @Test
    void multilineValuesOfFourThousandCharactersRoundTrip() {
        String line = "Zeile mit Umlauten äöü, emoji \uD83D\uDE00 and <script>alert(1)</script>\n";
        String text = line.repeat(4000 / line.length()) + "x".repeat(4000 % line.length());

        stores.profiles().write(List.of(set("alice", Map.of("about", text))));

        assertThat(stores.profiles().load(List.of("alice")).get("alice").values().get("about")).isEqualTo(text);
    }

    @Test
    void forEachVisitsEveryProfileAcrossPages() {
        stores.profiles().write(Fixtures.users(2_345));
        Map<String, StoredProfile> seen = new HashMap<>();

        stores.profiles().forEach(profile -> seen.put(profile.userKey(), profile));

        assertThat(seen).hasSize(2_345);
        assertThat(seen.get("u0000").values()).isEqualTo(Map.of("department", "dept 0", "title", "title 0"));
        assertThat(seen.get("u1000").username()).isEqualTo("name-u1000");
    }

    @Test
    void fieldsComeBackInSavedOrderWithEveryPart() {
        List<FieldDefinition> fields = new ArrayList<>(Fixtures.everyKindOfField());
        java.util.Collections.reverse(fields);

        stores.settings().saveFields(fields);

        assertThat(stores.settings().fields()).containsExactlyElementsOf(fields);
    }

    @Test
    void theChangeStampMovesWithEveryWriteAndOnlyThen() {
        String empty = stores.profiles().changeStamp().orElseThrow();
        stores.profiles().write(List.of(new dev.profilesync.core.ProfileUpdate("k1", "ann", "u1",
                java.util.Map.of("title", "Engineer"), java.util.Set.of())));
        String afterFirst = stores.profiles().changeStamp().orElseThrow();
        assertThat(afterFirst).isNotEqualTo(empty).isEqualTo(stores.profiles().changeStamp().orElseThrow());
        stores.profiles().write(List.of(new dev.profilesync.core.ProfileUpdate("k1", "ann", "u1", java.util.Map.of(),
                java.util.Set.of("title"))));
        assertThat(stores.profiles().changeStamp().orElseThrow()).isNotEqualTo(afterFirst);
    }

    @Test
    void savingFieldsReplacesThePreviousDefinitions() {
        stores.settings().saveFields(Fixtures.everyKindOfField());

        stores.settings().saveFields(List.of(FieldDefinition.text("title", "Title", "title")));

        assertThat(stores.settings().fields()).containsExactly(FieldDefinition.text("title", "Title", "title"));
    }

    @Test
    void savingFieldsWithADuplicateKeyIsRefusedAndKeepsTheSavedFields() {
        stores.settings().saveFields(Fixtures.everyKindOfField());
        List<FieldDefinition> duplicate = List.of(FieldDefinition.text("title", "Title", "title"),
                FieldDefinition.text("title", "Job title", "jobTitle"));

        assertThatThrownBy(() -> stores.settings().saveFields(duplicate))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isEqualTo("fields");
                    assertThat(e.detail()).contains("'title'");
                });
        assertThat(stores.settings().fields()).isEqualTo(Fixtures.everyKindOfField());
    }

    @Test
    void settingsAreTheDefaultsAndStateIsInitialWhenNothingIsStored() {
        assertThat(stores.settings().settings()).isEqualTo(SyncSettings.defaults());
        assertThat(stores.settings().state()).isEqualTo(SyncState.initial());
        assertThat(stores.settings().fields()).isEmpty();
    }

    @Test
    void settingsAndStateReadBackAsSaved() {
        SyncSettings settings = SyncSettings.defaults().withActiveUserPolicy(ActiveUserPolicy.ALL)
                .withUnlicensedPolicy(UnlicensedUserPolicy.HIDE).withIncremental(true, TimestampPattern.ACTIVE_DIRECTORY)
                .withLoginSync(true).withSafetyThreshold(0).withBatchSize(250).withSchedule("0 30 2 * * ?")
                .withPictureReplacesUploaded(true);
        SyncState state = new SyncState(Optional.of(Instant.parse("2026-03-01T01:11:00.123456789Z")), "fp-1", 98_765);

        stores.settings().saveSettings(settings);
        stores.settings().saveState(state);
        stores.settings().saveState(state.withLastSyncTime(Optional.of(Instant.parse("2026-03-02T01:11:00Z"))));

        assertThat(stores.settings().settings()).isEqualTo(settings);
        assertThat(stores.settings().state()).isEqualTo(
                new SyncState(Optional.of(Instant.parse("2026-03-02T01:11:00Z")), "fp-1", 98_765));
    }

    @Test
    void anEmptyLastSyncTimeIsKeptEmpty() {
        stores.settings().saveState(new SyncState(Optional.of(Instant.now()), "fp", 10));

        stores.settings().saveState(new SyncState(Optional.empty(), "fp", 10));

        assertThat(stores.settings().state().lastSyncTime()).isEmpty();
    }

    @Test
    void historyReturnsTheNewestRunsFirst() {
        Instant start = Instant.parse("2026-03-01T01:11:00Z");
        for (int i = 0; i < 5; i++) {
            stores.history().record(Fixtures.report("run-" + i, start.plusSeconds(3600L * i)));
        }

        assertThat(stores.history().recent(3)).extracting(SyncReport::id).containsExactly("run-4", "run-3", "run-2");
        assertThat(stores.history().recent(0)).isEmpty();
    }

    @Test
    void aRecordedReportReadsBackEqual() {
        SyncReport report = Fixtures.report("run-1", Instant.parse("2026-03-01T01:11:00.123456Z"));

        stores.history().record(report);

        assertThat(stores.history().recent(10)).containsExactly(report);
    }

    @Test
    void aRunsFinalReportReplacesItsRunningRecord() {
        SyncReport finished = Fixtures.report("run-1", Instant.parse("2026-03-01T01:11:00Z"));
        SyncReport running = new SyncReport(finished.id(), finished.requestedMode(), finished.mode(),
                finished.trigger(), false, finished.start(), Duration.ZERO, SyncOutcome.RUNNING, 0, 0, 0, 0, 0,
                Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), false);
        stores.history().record(running);
        stores.history().record(Fixtures.report("run-2", Instant.parse("2026-03-01T01:12:00Z")));

        assertThat(stores.history().running()).containsExactly(running);

        stores.history().record(finished);

        assertThat(stores.history().running()).isEmpty();
        assertThat(stores.history().recent(10)).extracting(SyncReport::id).containsExactly("run-2", "run-1");
        assertThat(stores.history().recent(10).get(1)).isEqualTo(finished);
    }

    @Test
    void historyKeepsTheLast500Runs() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        storeEarlierRuns(500, start);

        for (int i = 500; i < 503; i++) {
            stores.history().record(Fixtures.report("run-" + i, start.plusSeconds(60L * i)));
        }

        List<SyncReport> kept = stores.history().recent(1_000);

        assertThat(kept).hasSize(500);
        assertThat(kept.get(0).id()).isEqualTo("run-502");
        assertThat(kept.get(499).id()).isEqualTo("run-3");
    }

    @Test
    void loginSyncRecordsPruneOnlyOnceInAThousandSoTheyStayQuick() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        storeEarlierRuns(600, start);
        stores.history().record(Fixtures.report("nightly", start.plusSeconds(60L * 600)));
        assertThat(storedRuns()).as("a full run prunes").isEqualTo(AoSyncHistory.KEPT_RUNS);

        for (int i = 1; i < AoSyncHistory.SINGLE_USER_PRUNE_EVERY; i++) {
            stores.history().record(Fixtures.loginReport("login-" + i, start.plusSeconds(60L * (600 + i))));
        }
        assertThat(storedRuns()).isEqualTo(AoSyncHistory.KEPT_RUNS + AoSyncHistory.SINGLE_USER_PRUNE_EVERY - 1);
        assertThat(stores.history().recent(1_000)).hasSize(AoSyncHistory.KEPT_RUNS);

        stores.history().record(Fixtures.loginReport("login-1000", start.plusSeconds(60L * 1600)));
        assertThat(storedRuns()).as("the thousandth login sync prunes").isEqualTo(AoSyncHistory.KEPT_RUNS);
        assertThat(stores.history().recent(1).get(0).id()).isEqualTo("login-1000");
    }

    /** Runs "run-0" to "run-(count-1)", a minute apart from {@code start}, stored in one bulk insert. */
    private void storeEarlierRuns(int count, Instant start) {
        List<Map<String, Object>> earlierRuns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            earlierRuns.add(AoSyncHistory.row(Fixtures.report("run-" + i, start.plusSeconds(60L * i))));
        }
        stores.access().create(SyncRunEntity.class, earlierRuns);
    }

    private int storedRuns() {
        return stores.access().executeInTransaction(() -> stores.access().count(SyncRunEntity.class,
                Query.select()));
    }

    @Test
    void usernamesStartingWithAPrefixInAnyCommonCaseComeSortedAndBounded() {
        stores.profiles().write(List.of(named("k1", "Alice"), named("k2", "alfred"), named("k3", "ALBERT"),
                named("k4", "bob"), named("k5", "al.smith"), named("k6", "McDonald")));

        assertThat(stores.profiles().usernamesStartingWith("aL", 10))
                .containsExactly("al.smith", "ALBERT", "alfred", "Alice");
        assertThat(stores.profiles().usernamesStartingWith("McD", 10)).containsExactly("McDonald");
        assertThat(stores.profiles().usernamesStartingWith("al", 2)).hasSize(2);
        assertThat(stores.profiles().usernamesStartingWith("x", 10)).isEmpty();
        assertThat(stores.profiles().usernamesStartingWith("al", 0)).isEmpty();
    }

    @Test
    void likeWildcardsInAPrefixMatchOnlyThemselves() {
        stores.profiles().write(List.of(named("k1", "a_b"), named("k2", "axb"), named("k3", "50%off"),
                named("k4", "500ff"), named("k5", "x!y"), named("k6", "x'y")));

        assertThat(stores.profiles().usernamesStartingWith("a_", 10)).containsExactly("a_b");
        assertThat(stores.profiles().usernamesStartingWith("50%", 10)).containsExactly("50%off");
        assertThat(stores.profiles().usernamesStartingWith("x!", 10)).containsExactly("x!y");
        assertThat(stores.profiles().usernamesStartingWith("x'", 10)).containsExactly("x'y");
        assertThat(stores.profiles().usernamesStartingWith("%", 10)).isEmpty();
    }

    @Test
    void lastWrittenIsTheTimeOfTheLatestWriteAndEmptyForUnknownUsers() {
        Instant before = Instant.now().minusSeconds(1);
        stores.profiles().write(List.of(set("alice", Map.of("department", "Sales"))));

        Optional<Instant> written = stores.profiles().lastWritten("alice");

        assertThat(written).hasValueSatisfying(at -> assertThat(at).isBetween(before, Instant.now().plusSeconds(1)));
        assertThat(stores.profiles().lastWritten("bob")).isEmpty();
    }

    private static ProfileUpdate named(String userKey, String username) {
        return new ProfileUpdate(userKey, username, "", Map.of("department", "Sales"), java.util.Set.of());
    }

    @Test
    void theSettingsStampChangesWithEverySaveOfSettingsOrFields() {
        var settings = stores.settings();
        String before = settings.changeStamp().orElseThrow();
        assertThat(settings.changeStamp()).contains(before);

        settings.saveSettings(settings.settings().withBatchSize(7));
        String afterSettings = settings.changeStamp().orElseThrow();
        settings.saveFields(List.of(FieldDefinition.text("title", "Title", "title")));
        String afterFields = settings.changeStamp().orElseThrow();
        settings.saveFields(List.of(FieldDefinition.text("title", "Title", "title")));

        assertThat(List.of(before, afterSettings, afterFields, settings.changeStamp().orElseThrow()))
                .doesNotHaveDuplicates();
    }
}
