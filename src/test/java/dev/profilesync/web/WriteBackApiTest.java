package dev.profilesync.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilesync.core.edit.WriteBackCheck;
import dev.profilesync.core.port.DirectoryWriters;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The write-back actions of the admin API: only with a host that offers them, checked like every other action. */
class WriteBackApiTest {
    private static final Caller ADMIN = Caller.admin("admin", "token-1");
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start().seedOrganisation(3);
    private AdminFixture fixture;

    @BeforeEach
    void open() {
        fixture = new AdminFixture(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void withWriteBack() {
        fixture.api.withWriteBack(new WriteBackCheck(fixture.ports, DirectoryWriters.NONE, fixture.stores.writeBacks(),
                Clock.systemUTC()), fixture.stores.writeBacks());
    }

    private ApiResponse test(String body) {
        return fixture.api.handle(ApiRequest.post("writeback/test", body, ADMIN, true));
    }

    @Test
    void aHostWithoutWriteBackHasNoSuchAction() {
        assertThat(fixture.api.handle(ApiRequest.get("writeback", Map.of(), ADMIN)).status()).isEqualTo(404);
    }

    @Test
    void theStatusSaysWhichDirectoriesHaveAWriteBind() throws Exception {
        withWriteBack();

        JsonNode status = JSON.readTree(fixture.api.handle(ApiRequest.get("writeback", Map.of(), ADMIN)).json());

        assertThat(status.get("directories").get(0).get("writeBind").asBoolean()).isFalse();
        assertThat(status.get("directories").get(0).get("tested").asBoolean()).isFalse();
        assertThat(status.get("audit")).isEmpty();
    }

    @Test
    void aDirectoryWithoutWriteBindFailsItsTestWithTheRemedy() throws Exception {
        withWriteBack();

        ApiResponse response = test("{\"directoryId\": \"test\", \"username\": \"user001\", \"attribute\": \"title\"}");

        JsonNode report = JSON.readTree(response.json());
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(report.get("steps").get(0).get("remedy").asText()).contains("set the directory's write bind");
    }

    @Test
    void badInputIsAnsweredNextToTheField() throws Exception {
        withWriteBack();

        ApiResponse response = test("{\"directoryId\": \"test\", \"username\": \"user001\", \"attribute\": \"ti tle\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).contains("\"field\":\"attribute\"");
    }

    @Test
    void theTestIsRefusedInReadOnlyModeAndWithoutTheXsrfToken() {
        withWriteBack();
        String body = "{\"directoryId\": \"test\", \"username\": \"user001\", \"attribute\": \"title\"}";

        assertThat(fixture.api.handle(ApiRequest.post("writeback/test", body, ADMIN, false)).status()).isEqualTo(403);
        fixture.readOnly.set(true);
        assertThat(test(body).status()).isEqualTo(423);
    }
}
