package dev.profilesync.engine;

import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.FormField;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.ldap.WritableSlapd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A person edits their own profile, written back to the real slapd (.ci/test-env.sh): the admin writes, the reader
 * is refused. Each test has its own person. Skipped without slapd.
 */
class SelfServiceWriteBackTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static WritableSlapd slapd;
    private WriteBackFixture fixture;
    private String username;
    private String dn;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(WritableSlapd.available(), "no slapd: run through .ci/test-env.sh");
        slapd = new WritableSlapd();
    }

    @AfterAll
    static void stop() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    @BeforeEach
    void person() throws Exception {
        username = "self" + PEOPLE.incrementAndGet();
        dn = slapd.person(username, "telephoneNumber", "+1 555 0200", "title", "Engineer", "employeeType", "Junior");
        fixture = new WriteBackFixture(slapd, WritableSlapd.adminDn(), WritableSlapd.adminPassword());
        fixture.host.withUsers(username);
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
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
    void openingSyncsFirstAndShowsWhichFieldsThePersonMayChange() throws Exception {
        slapd.replace(dn, "telephoneNumber", "+1 555 0299");

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
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0201");
        assertThat(slapd.values(dn, "description")).containsExactly("Line one\nLine two");
        assertThat(slapd.values(dn, "employeeType")).containsExactly("Senior");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0201")
                .containsEntry("about", "Line one\nLine two").containsEntry("grade", "Senior")
                .containsEntry("nickname", "Sam");
    }

    @Test
    void aMultilineValueOpenedWithCrlfLineBreaksIsNoConflict() throws Exception {
        slapd.replace(dn, "description", "one\ntwo");
        Map<String, String> opened = opened(open());
        opened.put("about", "one\r\ntwo");

        SaveResult result = fixture.editor.save(username, opened, Map.of("about", "one\r\ntwo\r\nthree"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(slapd.values(dn, "description")).containsExactly("one\ntwo\nthree");
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
        slapd.replace(dn, "telephoneNumber", "+1 555 0777");

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0203",
                "grade", "Senior"), username);

        assertThat(result).isEqualTo(new SaveResult.Conflicts(java.util.List.of(
                new SaveResult.Conflict("phone", "+1 555 0203", "+1 555 0777"))));
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0777");
        assertThat(slapd.values(dn, "employeeType")).containsExactly("Junior");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0200");
        assertThat(fixture.stores.writeBacks().recent(1).get(0).result()).isEqualTo(WriteBackRecord.Result.CONFLICT);
    }

    @Test
    void conflictResolvedByKeepingMineWritesMine() throws Exception {
        EditForm form = open();
        slapd.replace(dn, "telephoneNumber", "+1 555 0777");
        Map<String, String> opened = opened(form);
        fixture.editor.save(username, opened, Map.of("phone", "+1 555 0204"), username);

        opened.put("phone", "+1 555 0777");
        SaveResult result = fixture.editor.save(username, opened, Map.of("phone", "+1 555 0204"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0204");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0204");
    }

    @Test
    void conflictResolvedByTakingTheDirectorysValueStoresItWithoutWriting() throws Exception {
        EditForm form = open();
        slapd.replace(dn, "telephoneNumber", "+1 555 0777");
        Map<String, String> opened = opened(form);
        fixture.editor.save(username, opened, Map.of("phone", "+1 555 0205"), username);
        int audited = fixture.stores.writeBacks().recent(100).size();

        opened.put("phone", "+1 555 0777");
        SaveResult result = fixture.editor.save(username, opened, Map.of("phone", "+1 555 0777"), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0777");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0777");
        assertThat(fixture.stores.writeBacks().recent(100)).hasSize(audited);
    }

    @Test
    void writeRefusedByTheDirectoryLeavesTheProfileUnchangedAndSaysWhy() throws Exception {
        fixture.close();
        fixture = new WriteBackFixture(slapd, WritableSlapd.readerDn(), WritableSlapd.readerPassword());
        fixture.host.withUsers(username);
        EditForm form = open();

        SaveResult result = fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0206",
                "nickname", "Sam"), username);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Refused.class, refused -> {
            assertThat(refused.resultCode()).isEqualTo(50);
            assertThat(refused.reason()).contains("insufficient access rights");
        });
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0200");
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
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0200");
    }

    @Test
    void otherValuesOfAMultiValuedAttributeAreKept() throws Exception {
        slapd.replace(dn, "telephoneNumber", "+1 555 0200", "+1 555 0210");
        EditForm form = open();

        fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0211"), username);

        assertThat(slapd.values(dn, "telephoneNumber")).containsExactlyInAnyOrder("+1 555 0211", "+1 555 0210");
    }

    @Test
    void fieldsThePersonMayNotChangeAreIgnored() throws Exception {
        EditForm form = open();

        fixture.editor.save(username, opened(form), Map.of("title", "Director"), username);

        assertThat(slapd.values(dn, "title")).containsExactly("Engineer");
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
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0200");
    }
}
