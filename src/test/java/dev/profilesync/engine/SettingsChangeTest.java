package dev.profilesync.engine;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine keeps the settings between runs while they are unchanged; a save counts from the very next run. */
class SettingsChangeTest {
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start();
    private EngineFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        directory.reset();
        directory.addPerson("alice", "title", "Engineer", "telephoneNumber", "+1 555 0100");
        fixture = new EngineFixture(directory);
        fixture.host.withUsers("alice");
        fixture.fields(FieldDefinition.text("title", "Title", "title"));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aFieldMappingSavedBetweenTwoLoginSyncsCountsForTheSecond() {
        login();
        assertThat(fixture.valuesOf("alice")).containsEntry("title", "Engineer");

        fixture.fields(FieldDefinition.text("title", "Title", "telephoneNumber"));
        login();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "+1 555 0100");
    }

    @Test
    void aPolicySavedBetweenTwoLoginSyncsCountsForTheSecond() {
        fixture.host.replaceUser("alice", new HostUser("alice", "alice", true, false, true, Optional.empty()));
        assertThat(login().skipped()).containsEntry(SyncReport.SkipReason.INACTIVE, 1L);

        fixture.stores.settings().saveSettings(
                fixture.stores.settings().settings().withActiveUserPolicy(ActiveUserPolicy.ALL));

        assertThat(login().updated()).isEqualTo(1);
    }

    @Test
    void aFieldTurnedOffBetweenTwoLoginSyncsIsNotSyncedByTheSecond() throws Exception {
        login();
        directory.replace("alice", "title", "Architect");

        fixture.fields(FieldDefinition.text("title", "Title", "title").withSyncEnabled(false));
        login();

        assertThat(fixture.valuesOf("alice")).containsEntry("title", "Engineer");
    }

    private SyncReport login() {
        return fixture.engine.run(SyncRequest.user("alice", SyncTrigger.LOGIN));
    }
}
