package dev.profilesync.engine;

import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.core.edit.WriteTestReport;
import dev.profilesync.ldap.AgainstWritableDirectory;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's "Save and test" of a write bind against a real directory (slapd, the Samba AD DC): the admin passes,
 * the reader is refused and told why. A subclass provides the server and keeps only what differs.
 */
abstract class SaveAndTestContract extends AgainstWritableDirectory {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    /** Self-service over this directory, writing back as the given account. */
    protected WriteBackFixture fixture(String writeDn, String writeSecret) {
        return new WriteBackFixture(directory.config(writeDn, writeSecret));
    }

    private WriteBackFixture admin() {
        return fixture(directory.adminDn(), directory.adminPassword());
    }

    private String username() {
        return "sat" + PEOPLE.incrementAndGet();
    }

    @Test
    void writeBindPassesWritingTheValueBackUnchanged() throws Exception {
        String uid = username();
        String dn = directory.person(uid, "telephoneNumber", "+1 555 0500");
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run(directory.id(), uid, "telephoneNumber", "", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).extracting(WriteTestReport.Step::name).containsExactly("find " + uid,
                    "read telephoneNumber as the write bind", "write the value back unchanged",
                    "read telephoneNumber again");
            assertThat(report.steps()).allSatisfy(step -> assertThat(step.resultCode()).isZero());
            assertThat(fixture.check.latest()).containsKey(directory.id());
            assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0500");
        }
    }

    @Test
    void testValueIsWrittenThenTheOriginalAgain() throws Exception {
        String uid = username();
        String dn = directory.person(uid, "title", "Engineer");
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run(directory.id(), uid, "title", "Profile Sync test", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).extracting(WriteTestReport.Step::name).contains("write the test value",
                    "write the original value back");
            assertThat(directory.values(dn, "title")).containsExactly("Engineer");
            assertThat(fixture.stores.writeBacks().recent(10)).hasSize(2)
                    .allSatisfy(r -> assertThat(r.actor()).isEqualTo("admin (Save and test)"));
        }
    }

    @Test
    void otherValuesOfAMultiValuedAttributeAreLeftAlone() throws Exception {
        String uid = username();
        String phone = directory.multiValuedPhone();
        String dn = directory.person(uid, phone, "+1 555 0501", phone, "+1 555 0502");
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run(directory.id(), uid, phone, "+1 555 0599", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(directory.values(dn, phone)).containsExactlyInAnyOrder("+1 555 0501", "+1 555 0502");
        }
    }

    @Test
    void readOnlyBindIsRefusedAndExplained() throws Exception {
        String uid = username();
        String dn = directory.person(uid, "telephoneNumber", "+1 555 0503");
        try (WriteBackFixture fixture = fixture(directory.readerDn(), directory.readerPassword())) {
            WriteTestReport report = fixture.check.run(directory.id(), uid, "telephoneNumber", "", "admin");

            assertThat(report.passed()).isFalse();
            WriteTestReport.Step last = report.steps().get(report.steps().size() - 1);
            assertThat(last.ok()).isFalse();
            assertThat(last.resultCode()).isEqualTo(50);
            assertThat(last.remedy()).contains("insufficient access rights").contains("grant it write access")
                    .doesNotContain(directory.readerPassword());
            assertThat(fixture.stores.writeBacks().recent(1).get(0).result())
                    .isEqualTo(WriteBackRecord.Result.REFUSED);
            assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0503");
        }
    }

    @Test
    void personWithoutAValueNeedsATestValue() throws Exception {
        String uid = username();
        directory.person(uid);
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run(directory.id(), uid, "mobile", "", "admin");

            assertThat(report.passed()).isFalse();
            assertThat(report.steps().get(report.steps().size() - 1).remedy()).contains("give a test value");
        }
    }

    @Test
    void unknownPersonIsReportedAtTheFirstStep() {
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run(directory.id(), "nobody-here", "title", "", "admin");

            assertThat(report.steps()).hasSize(1);
            assertThat(report.steps().get(0).remedy()).contains("pick a user of this directory");
        }
    }
}
