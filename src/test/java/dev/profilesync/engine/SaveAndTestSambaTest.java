package dev.profilesync.engine;

import dev.profilesync.core.edit.WriteTestReport;
import dev.profilesync.ldap.SambaDirectory;
import dev.profilesync.ldap.WritableSamba;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SaveAndTestContract} on the real Samba AD DC: the Administrator passes, the read-only reader is refused and
 * told why. Each test has its own OU (removed afterwards). Skipped without Samba.
 */
class SaveAndTestSambaTest extends SaveAndTestContract {
    private WritableSamba samba;

    @BeforeEach
    void ou() throws Exception {
        SambaDirectory.assumeRunning();
        samba = new WritableSamba();
    }

    @AfterEach
    void remove() throws Exception {
        if (samba != null) {
            samba.close();
        }
    }

    @Override
    protected String directoryId() {
        return "ad";
    }

    @Override
    protected String addPerson(String username, String... attributes) throws Exception {
        return samba.person(username, attributes);
    }

    @Override
    protected List<String> values(String dn, String attribute) throws Exception {
        return samba.values(dn, attribute);
    }

    @Override
    protected WriteBackFixture fixture(String writeDn, String writeSecret) {
        return new WriteBackFixture(samba.config(writeDn, writeSecret));
    }

    @Override
    protected String adminDn() {
        return SambaDirectory.adminDn();
    }

    @Override
    protected String adminPassword() {
        return SambaDirectory.adminPassword();
    }

    @Override
    protected String readerDn() {
        return SambaDirectory.bindDn();
    }

    @Override
    protected String readerPassword() {
        return SambaDirectory.password();
    }

    @Override
    protected String multiValuedPhone() {
        return "otherTelephone";
    }

    @Test
    void attributeOutsideAdsSchemaIsReportedAsSuchNotAsAConflict() throws Exception {
        samba.person("adsat-schema");
        try (WriteBackFixture fixture = fixture(adminDn(), adminPassword())) {
            WriteTestReport report = fixture.check.run("ad", "adsat-schema", "favouriteColour", "blue", "admin");

            assertThat(report.passed()).isFalse();
            WriteTestReport.Step last = report.steps().get(report.steps().size() - 1);
            assertThat(last.resultCode()).isEqualTo(16);
            assertThat(last.remedy()).contains("no such attribute").contains("LDAP attribute")
                    .doesNotContain("changed in the directory");
        }
    }
}
