package dev.profilesync.engine;

import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.core.edit.WriteTestReport;
import dev.profilesync.ldap.WritableSlapd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The admin's "Save and test" of a write bind, against the real slapd: the admin passes, the reader is refused. */
class SaveAndTestSlapdTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static WritableSlapd slapd;

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

    private static String person(String... attributes) throws Exception {
        String uid = "sat" + PEOPLE.incrementAndGet();
        slapd.person(uid, attributes);
        return uid;
    }

    private static WriteBackFixture writer() {
        return new WriteBackFixture(slapd, WritableSlapd.adminDn(), WritableSlapd.adminPassword());
    }

    @Test
    void writeBindPassesWritingTheValueBackUnchanged() throws Exception {
        String uid = person("telephoneNumber", "+1 555 0500");
        try (WriteBackFixture fixture = writer()) {
            WriteTestReport report = fixture.check.run("slapd", uid, "telephoneNumber", "", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).extracting(WriteTestReport.Step::name).containsExactly("find " + uid,
                    "read telephoneNumber as the write bind", "write the value back unchanged",
                    "read telephoneNumber again");
            assertThat(report.steps()).allSatisfy(step -> assertThat(step.resultCode()).isZero());
            assertThat(fixture.check.latest()).containsKey("slapd");
            assertThat(slapd.values("uid=" + uid + "," + slapd.usersDn(), "telephoneNumber"))
                    .containsExactly("+1 555 0500");
        }
    }

    @Test
    void testValueIsWrittenThenTheOriginalAgain() throws Exception {
        String uid = person("title", "Engineer");
        try (WriteBackFixture fixture = writer()) {
            WriteTestReport report = fixture.check.run("slapd", uid, "title", "Profile Sync test", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).extracting(WriteTestReport.Step::name).contains("write the test value",
                    "write the original value back");
            assertThat(slapd.values("uid=" + uid + "," + slapd.usersDn(), "title")).containsExactly("Engineer");
            assertThat(fixture.stores.writeBacks().recent(10)).hasSize(2)
                    .allSatisfy(r -> assertThat(r.actor()).isEqualTo("admin (Save and test)"));
        }
    }

    @Test
    void otherValuesOfAMultiValuedAttributeAreLeftAlone() throws Exception {
        String uid = person("telephoneNumber", "+1 555 0501", "telephoneNumber", "+1 555 0502");
        try (WriteBackFixture fixture = writer()) {
            WriteTestReport report = fixture.check.run("slapd", uid, "telephoneNumber", "+1 555 0599", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(slapd.values("uid=" + uid + "," + slapd.usersDn(), "telephoneNumber"))
                    .containsExactlyInAnyOrder("+1 555 0501", "+1 555 0502");
        }
    }

    @Test
    void readOnlyBindIsRefusedAndExplained() throws Exception {
        String uid = person("telephoneNumber", "+1 555 0503");
        try (WriteBackFixture fixture = new WriteBackFixture(slapd, WritableSlapd.readerDn(),
                WritableSlapd.readerPassword())) {
            WriteTestReport report = fixture.check.run("slapd", uid, "telephoneNumber", "", "admin");

            assertThat(report.passed()).isFalse();
            WriteTestReport.Step last = report.steps().get(report.steps().size() - 1);
            assertThat(last.ok()).isFalse();
            assertThat(last.resultCode()).isEqualTo(50);
            assertThat(last.remedy()).contains("insufficient access rights").contains("grant it write access");
            assertThat(fixture.stores.writeBacks().recent(1).get(0).result())
                    .isEqualTo(WriteBackRecord.Result.REFUSED);
        }
    }

    @Test
    void personWithoutAValueNeedsATestValue() throws Exception {
        String uid = person();
        try (WriteBackFixture fixture = writer()) {
            WriteTestReport report = fixture.check.run("slapd", uid, "mobile", "", "admin");

            assertThat(report.passed()).isFalse();
            assertThat(report.steps().get(report.steps().size() - 1).remedy()).contains("give a test value");
        }
    }

    @Test
    void unknownPersonIsReportedAtTheFirstStep() {
        try (WriteBackFixture fixture = writer()) {
            WriteTestReport report = fixture.check.run("slapd", "nobody-here", "title", "", "admin");

            assertThat(report.steps()).hasSize(1);
            assertThat(report.steps().get(0).remedy()).contains("pick a user of this directory");
        }
    }
}
