package dev.profilesync.engine;

import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.FormField;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.ldap.AgainstWritableDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person edits their own profile, written back to a real directory (slapd, the Samba AD DC) through
 * {@link WriteBackFixture}'s fields: phone as telephoneNumber (TEXT), about as description (MULTILINE), grade as
 * employeeType (SELECT). The admin writes, the reader is refused. Each test has its own person; a subclass provides
 * the server and keeps only what differs.
 */
abstract class SelfServiceContract extends AgainstWritableDirectory {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    protected WriteBackFixture fixture;
    protected String username;
    protected String dn;

    /** Self-service over this directory, writing back as the given account. */
    protected WriteBackFixture fixture(String writeDn, String writeSecret) {
        return new WriteBackFixture(directory.config(writeDn, writeSecret));
    }

    @BeforeEach
    void person() throws Exception {
        username = "self" + PEOPLE.incrementAndGet();
        dn = directory.person(username, "telephoneNumber", "+1 555 0200", "title", "Engineer", "employeeType",
                "Junior");
        fixture = fixture(directory.adminDn(), directory.adminPassword()).withUsers(username);
    }

    @AfterEach
    void closeFixture() {
        if (fixture != null) {
            fixture.close();
        }
    }

    protected EditForm open() {
        return fixture.editor.open(username).orElseThrow();
    }

    protected static Map<String, String> opened(EditForm form) {
        Map<String, String> opened = new HashMap<>();
        form.fields().forEach(f -> opened.put(f.definition().key(), f.opened()));
        return opened;
    }

    @Test
    void openingSyncsFirstAndShowsWhichFieldsThePersonMayChange() throws Exception {
        directory.replace(dn, "telephoneNumber", "+1 555 0299");

        EditForm form = open();

        assertThat(form.field("phone").orElseThrow().value()).isEqualTo("+1 555 0299");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0299").containsEntry("title", "Engineer");
        assertThat(form.field("phone").orElseThrow().mode()).isEqualTo(FormField.Mode.EDITABLE);
        assertThat(form.field("title").orElseThrow().mode()).isEqualTo(FormField.Mode.FROM_DIRECTORY);
        assertThat(form.field("nickname").orElseThrow().mode()).isEqualTo(FormField.Mode.EDITABLE);
    }

    @Test
    void eachFieldTypeIsWrittenBackThenStored() throws Exception {
        EditForm form = open();

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0201",
                "about", "Line one\r\nLine two", "grade", "Senior", "nickname", "Sam"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0201");
        assertThat(directory.values(dn, "description")).containsExactly("Line one\nLine two");
        assertThat(directory.values(dn, "employeeType")).containsExactly("Senior");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0201")
                .containsEntry("about", "Line one\nLine two").containsEntry("grade", "Senior")
                .containsEntry("nickname", "Sam");
    }

    @Test
    void aMultilineValueOpenedWithCrlfLineBreaksIsNoConflict() throws Exception {
        directory.replace(dn, "description", "one\ntwo");
        Map<String, String> opened = opened(open());
        opened.put("about", "one\r\ntwo");

        SaveResult result = fixture.editor.save(username, opened, Map.of("about", "one\r\ntwo\r\nthree"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(directory.values(dn, "description")).containsExactly("one\ntwo\nthree");
    }

    @Test
    void everyWriteBackIsAudited() {
        EditForm form = open();

        fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0202"), username);

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
        directory.replace(dn, "telephoneNumber", "+1 555 0777");

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0203",
                "grade", "Senior"), username);

        assertThat(result).isEqualTo(new SaveResult.Conflicts(List.of(
                new SaveResult.Conflict("phone", "+1 555 0203", "+1 555 0777"))));
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0777");
        assertThat(directory.values(dn, "employeeType")).containsExactly("Junior");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0200");
        assertThat(fixture.stores.writeBacks().recent(1).get(0).result()).isEqualTo(WriteBackRecord.Result.CONFLICT);
    }

    @Test
    void conflictResolvedByKeepingMineWritesMine() throws Exception {
        EditForm form = open();
        directory.replace(dn, "telephoneNumber", "+1 555 0777");
        Map<String, String> opened = opened(form);
        fixture.editor.save(username, opened, Map.of("phone", "+1 555 0204"), username);

        opened.put("phone", "+1 555 0777");
        SaveResult result = fixture.editor.save(username, opened, Map.of("phone", "+1 555 0204"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0204");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0204");
    }

    @Test
    void conflictResolvedByTakingTheDirectorysValueStoresItWithoutWriting() throws Exception {
        EditForm form = open();
        directory.replace(dn, "telephoneNumber", "+1 555 0777");
        Map<String, String> opened = opened(form);
        fixture.editor.save(username, opened, Map.of("phone", "+1 555 0205"), username);
        int audited = fixture.stores.writeBacks().recent(100).size();

        opened.put("phone", "+1 555 0777");
        SaveResult result = fixture.editor.save(username, opened, Map.of("phone", "+1 555 0777"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0777");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0777");
        assertThat(fixture.stores.writeBacks().recent(100)).hasSize(audited);
    }

    @Test
    void writeRefusedByTheDirectoryLeavesTheProfileUnchangedAndSaysWhy() throws Exception {
        fixture.close();
        fixture = fixture(directory.readerDn(), directory.readerPassword()).withUsers(username);
        EditForm form = open();

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0206",
                "nickname", "Sam"), username);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Refused.class, refused -> {
            assertThat(refused.resultCode()).isEqualTo(50);
            assertThat(refused.reason()).contains("insufficient access rights");
        });
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0200");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0200").doesNotContainKey("nickname");
        WriteBackRecord record = fixture.stores.writeBacks().recent(1).get(0);
        assertThat(record.result()).isEqualTo(WriteBackRecord.Result.REFUSED);
        assertThat(record.resultCode()).isEqualTo(50);
    }

    @Test
    void valuesThatBreakTheFieldRulesAreReportedPerFieldAndNothingIsWritten() throws Exception {
        EditForm form = open();

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "9".repeat(300),
                "grade", "Boss"), username);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid ->
                assertThat(invalid.errors()).containsOnlyKeys("phone", "grade"));
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0200");
    }

    @Test
    void fieldsThePersonMayNotChangeAreIgnored() throws Exception {
        EditForm form = open();

        fixture.editor.save(username, opened(form), Map.of("title", "Director"), username);

        assertThat(directory.values(dn, "title")).containsExactly("Engineer");
        assertThat(fixture.stored(username)).containsEntry("title", "Engineer");
    }

    @Test
    void readOnlyModeSavesNothingAndTheFormSaysSo() throws Exception {
        EditForm before = open();
        fixture.host.readOnly.set(true);

        EditForm form = open();
        SaveResult result = fixture.editor.save(username, opened(before), Map.of("phone", "+1 555 0207"), username);

        assertThat(form.readOnly()).isTrue();
        assertThat(result).isInstanceOfSatisfying(SaveResult.NotSaved.class,
                notSaved -> assertThat(notSaved.reason()).contains("read-only"));
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0200");
    }
}
