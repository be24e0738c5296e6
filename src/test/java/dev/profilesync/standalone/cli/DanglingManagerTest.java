package dev.profilesync.standalone.cli;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A manager DN that points at nobody: nothing is stored from it, and the report names the user. */
class DanglingManagerTest extends RunnerFixture {

    @Test
    void aManagerDnMatchingNoEntryIsNotStoredAndTheReportNamesTheUser() throws IOException, LDAPException {
        directory.reset(
                person("alice", "Boss"),
                person("frank", "Engineer", "manager", "uid=ghost," + TestDirectory.PEOPLE),
                person("grace", "Engineer", "manager", "uid=alice," + TestDirectory.PEOPLE));

        CliRun.Result result = sync("--mode", "full");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("frank", "dangling reference: the DN 'uid=ghost,"
                + TestDirectory.PEOPLE + "' matches no entry in any directory");
        assertThat(exported().toString()).doesNotContain("ghost");
        assertThat(exported().get(1).get("username").asText()).isEqualTo("frank");
        assertThat(exported().get(1).get("fields").has("manager")).isFalse();
        assertThat(exported().get(2).get("fields").get("manager").asText()).isEqualTo("alice");
    }
}
