package dev.profilesync.engine;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.core.edit.WriteTestReport;
import dev.profilesync.ldap.WritableDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SaveAndTestContract} on the real Samba AD DC: the Administrator passes, the read-only reader is refused and
 * told why. Each test has its own OU (removed afterwards). Skipped without Samba.
 */
class SaveAndTestSambaTest extends SaveAndTestContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.samba();
    }

    @Test
    void attributeOutsideAdsSchemaIsReportedAsSuchNotAsAConflict() throws Exception {
        directory.person("adsat-schema");
        try (WriteBackFixture fixture = fixture(directory.adminDn(), directory.adminPassword())) {
            WriteTestReport report = fixture.check.run("ad", "adsat-schema", "favouriteColour", "blue", "admin");

            assertThat(report.passed()).isFalse();
            WriteTestReport.Step last = report.steps().get(report.steps().size() - 1);
            assertThat(last.resultCode()).isEqualTo(16);
            assertThat(last.remedy()).contains("no such attribute").contains("LDAP attribute")
                    .doesNotContain("changed in the directory");
        }
    }
}
