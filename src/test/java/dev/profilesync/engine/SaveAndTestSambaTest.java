package dev.profilesync.engine;

import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.core.edit.WriteTestReport;
import dev.profilesync.ldap.SambaDirectory;
import dev.profilesync.ldap.WritableSamba;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's "Save and test" of a write bind against the real Samba AD DC: the Administrator passes, the read-only
 * reader is refused and told why. Each test has its own OU (removed afterwards). Skipped without Samba.
 */
class SaveAndTestSambaTest {
    private static final String ACCOUNT = "adsat1";
    private WritableSamba samba;
    private String dn;

    @BeforeEach
    void person() throws Exception {
        SambaDirectory.assumeRunning();
        samba = new WritableSamba();
        dn = samba.person(ACCOUNT, "telephoneNumber", "+1 555 0500", "title", "Engineer");
    }

    @AfterEach
    void remove() throws Exception {
        if (samba != null) {
            samba.close();
        }
    }

    private WriteBackFixture admin() {
        return new WriteBackFixture(samba.config(SambaDirectory.adminDn(), SambaDirectory.adminPassword()));
    }

    @Test
    void writeBindPassesWritingTheValueBackUnchanged() throws Exception {
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run("ad", ACCOUNT, "telephoneNumber", "", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).allSatisfy(step -> assertThat(step.resultCode()).isZero());
            assertThat(fixture.check.latest()).containsKey("ad");
            assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0500");
        }
    }

    @Test
    void testValueIsWrittenThenTheOriginalAgain() throws Exception {
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run("ad", ACCOUNT, "title", "Profile Sync test", "admin");

            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).extracting(WriteTestReport.Step::name).contains("write the test value",
                    "write the original value back");
            assertThat(samba.values(dn, "title")).containsExactly("Engineer");
            assertThat(fixture.stores.writeBacks().recent(10)).hasSize(2);
        }
    }

    @Test
    void readOnlyBindIsRefusedAndExplained() throws Exception {
        try (WriteBackFixture fixture = new WriteBackFixture(
                samba.config(SambaDirectory.bindDn(), SambaDirectory.password()))) {
            WriteTestReport report = fixture.check.run("ad", ACCOUNT, "telephoneNumber", "", "admin");

            assertThat(report.passed()).isFalse();
            WriteTestReport.Step last = report.steps().get(report.steps().size() - 1);
            assertThat(last.ok()).isFalse();
            assertThat(last.resultCode()).isEqualTo(50);
            assertThat(last.remedy()).contains("insufficient access rights").contains("delegate")
                    .doesNotContain(SambaDirectory.password());
            assertThat(fixture.stores.writeBacks().recent(1).get(0).result())
                    .isEqualTo(WriteBackRecord.Result.REFUSED);
            assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0500");
        }
    }

    @Test
    void attributeOutsideAdsSchemaIsReportedAsSuchNotAsAConflict() throws Exception {
        try (WriteBackFixture fixture = admin()) {
            WriteTestReport report = fixture.check.run("ad", ACCOUNT, "favouriteColour", "blue", "admin");

            assertThat(report.passed()).isFalse();
            WriteTestReport.Step last = report.steps().get(report.steps().size() - 1);
            assertThat(last.resultCode()).isEqualTo(16);
            assertThat(last.remedy()).contains("no such attribute").contains("LDAP attribute")
                    .doesNotContain("changed in the directory");
        }
    }
}
