package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldEditing;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.ProfileEditor;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.core.port.DirectoryWriters;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A directory that cannot be reached never costs the person their stored profile, and never a 500. */
class SelfServiceDirectoryDownTest {
    private final TestHost host = new TestHost().withUsers("ann");
    private AoStores stores;
    private ProfileEditor editor;

    @BeforeEach
    void open() {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("down-" + System.nanoTime()));
        host.readers.add(new LdapDirectoryReader(new LdapDirectoryConfig("down", "Down", "ldap://127.0.0.1:1",
                LdapDirectoryConfig.Security.NONE, "", "", "dc=example,dc=com", "", null, null, null, null, true, 0,
                false, Duration.ofSeconds(2), Duration.ofSeconds(2))));
        SyncPorts ports = new SyncPorts(host, host, stores.profiles(), stores.settings(), stores.history(), host, host);
        editor = new ProfileEditor(new SyncEngine(ports, Clock.systemUTC()), ports, DirectoryWriters.NONE,
                stores.writeBacks(), Clock.systemUTC());
        stores.settings().saveFields(List.of(FieldDefinition.text("phone", "Phone", "telephoneNumber")
                .withEditing(new FieldEditing(true, true))));
        stores.profiles().write(List.of(new ProfileUpdate("ann", "ann", "", Map.of("phone", "+1 555 0700"), Set.of())));
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void theFormShowsTheStoredValuesAndSaysTheDirectoryIsDown() {
        EditForm form = editor.open("ann").orElseThrow();

        assertThat(form.field("phone").orElseThrow().value()).isEqualTo("+1 555 0700");
        assertThat(form.field("phone").orElseThrow().editable()).isFalse();
        assertThat(form.syncNote()).contains("cannot be read right now");
    }

    @Test
    void aSaveIsRefusedInWordsAndTheProfileIsKept() {
        SaveResult result = editor.save("ann", Map.of("phone", "+1 555 0700"), Map.of("phone", "+1 555 0701"), "ann");

        assertThat(result).isInstanceOfSatisfying(SaveResult.NotSaved.class,
                notSaved -> assertThat(notSaved.reason()).contains("cannot be reached"));
        assertThat(stores.profiles().load(List.of("ann")).get("ann").values()).containsEntry("phone", "+1 555 0700");
    }
}
