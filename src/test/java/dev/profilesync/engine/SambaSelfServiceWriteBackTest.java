package dev.profilesync.engine;

import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.ldap.SambaDirectory;
import dev.profilesync.ldap.WritableSamba;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person edits their own profile, written back to the real Samba AD DC (.ci/test-env.sh): phone as
 * telephoneNumber (TEXT), about as description (MULTILINE), grade as employeeType (SELECT). The Administrator writes,
 * the reader is refused. Each test has its own OU (removed afterwards) and person. Skipped without Samba.
 */
class SambaSelfServiceWriteBackTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private WritableSamba samba;
    private WriteBackFixture fixture;
    private String username;
    private String dn;

    @BeforeEach
    void person() throws Exception {
        SambaDirectory.assumeRunning();
        samba = new WritableSamba();
        username = "adself" + PEOPLE.incrementAndGet();
        dn = samba.person(username, "telephoneNumber", "+1 555 0200", "title", "Engineer", "employeeType", "Junior");
        fixture = fixture(SambaDirectory.adminDn(), SambaDirectory.adminPassword());
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        if (samba != null) {
            samba.close();
        }
    }

    private WriteBackFixture fixture(String writeDn, String writeSecret) {
        return new WriteBackFixture(samba.config(writeDn, writeSecret)).withUsers(username);
    }

    private EditForm open() {
        return fixture.editor.open(username).orElseThrow();
    }

    private static Map<String, String> opened(EditForm form) {
        Map<String, String> opened = new HashMap<>();
        form.fields().forEach(f -> opened.put(f.definition().key(), f.opened()));
        return opened;
    }

    @Test
    void eachFieldTypeIsWrittenBackThenStored() throws Exception {
        EditForm form = open();

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0201",
                "about", "Line one\r\nLine two", "grade", "Senior", "nickname", "Sam"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0201");
        assertThat(samba.values(dn, "description")).containsExactly("Line one\nLine two");
        assertThat(samba.values(dn, "employeeType")).containsExactly("Senior");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0201")
                .containsEntry("about", "Line one\nLine two").containsEntry("grade", "Senior")
                .containsEntry("nickname", "Sam");
    }

    @Test
    void everyWriteBackIsAudited() {
        fixture.editor.save(username, opened(open()), Map.of("phone", "+1 555 0202"), username);

        WriteBackRecord record = fixture.stores.writeBacks().recent(10).get(0);
        assertThat(record.actor()).isEqualTo(username);
        assertThat(record.dn()).isEqualTo(dn);
        assertThat(record.result()).isEqualTo(WriteBackRecord.Result.WRITTEN);
        assertThat(record.changes()).containsExactly(
                new WriteBackRecord.Change("phone", "telephoneNumber", "+1 555 0200", "+1 555 0202"));
    }

    @Test
    void directoryChangedAfterOpeningIsShownAsAConflictAndNothingIsWritten() throws Exception {
        EditForm form = open();
        samba.replace(dn, "telephoneNumber", "+1 555 0777");

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0203",
                "grade", "Senior"), username);

        assertThat(result).isEqualTo(new SaveResult.Conflicts(List.of(
                new SaveResult.Conflict("phone", "+1 555 0203", "+1 555 0777"))));
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0777");
        assertThat(samba.values(dn, "employeeType")).containsExactly("Junior");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0200");
        assertThat(fixture.stores.writeBacks().recent(1).get(0).result()).isEqualTo(WriteBackRecord.Result.CONFLICT);
    }

    @Test
    void conflictResolvedByKeepingMineWritesMine() throws Exception {
        EditForm form = open();
        samba.replace(dn, "telephoneNumber", "+1 555 0777");
        Map<String, String> opened = opened(form);
        fixture.editor.save(username, opened, Map.of("phone", "+1 555 0204"), username);

        opened.put("phone", "+1 555 0777");
        SaveResult result = fixture.editor.save(username, opened, Map.of("phone", "+1 555 0204"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0204");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0204");
    }

    @Test
    void conflictResolvedByTakingTheDirectorysValueStoresItWithoutWriting() throws Exception {
        EditForm form = open();
        samba.replace(dn, "telephoneNumber", "+1 555 0777");
        Map<String, String> opened = opened(form);
        fixture.editor.save(username, opened, Map.of("phone", "+1 555 0205"), username);
        int audited = fixture.stores.writeBacks().recent(100).size();

        opened.put("phone", "+1 555 0777");
        SaveResult result = fixture.editor.save(username, opened, Map.of("phone", "+1 555 0777"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0777");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0777");
        assertThat(fixture.stores.writeBacks().recent(100)).hasSize(audited);
    }

    @Test
    void writeRefusedByTheDirectoryLeavesTheProfileUnchangedAndSaysWhy() throws Exception {
        fixture.close();
        fixture = fixture(SambaDirectory.bindDn(), SambaDirectory.password());

        SaveResult result = fixture.editor.save(username, opened(open()), Map.of("phone", "+1 555 0206",
                "nickname", "Sam"), username);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Refused.class, refused -> {
            assertThat(refused.resultCode()).isEqualTo(50);
            assertThat(refused.reason()).contains("insufficient access rights");
        });
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0200");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0200").doesNotContainKey("nickname");
        WriteBackRecord record = fixture.stores.writeBacks().recent(1).get(0);
        assertThat(record.result()).isEqualTo(WriteBackRecord.Result.REFUSED);
        assertThat(record.resultCode()).isEqualTo(50);
    }
}
