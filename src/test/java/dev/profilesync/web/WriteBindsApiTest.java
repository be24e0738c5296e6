package dev.profilesync.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The write binds a host keeps itself, set through the admin API on the real store: the password goes one way. */
class WriteBindsApiTest {
    private static final Caller ADMIN = Caller.admin("admin", "token-1");
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start().seedOrganisation(1);
    private AdminFixture fixture;

    @BeforeEach
    void open() {
        fixture = new AdminFixture(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ApiResponse save(String body) {
        return fixture.api.handle(ApiRequest.post("writebinds/save", body, ADMIN, true));
    }

    @Test
    void aHostThatKeepsNoWriteBindsHasNoSuchAction() {
        assertThat(fixture.api.handle(ApiRequest.get("writebinds", Map.of(), ADMIN)).status()).isEqualTo(404);
    }

    @Test
    void offByDefaultThenSavedAndThePasswordIsNeverReturned() throws Exception {
        fixture.api.withWriteBinds(fixture.stores.writeAccounts());
        JsonNode before = JSON.readTree(fixture.api.handle(ApiRequest.get("writebinds", Map.of(), ADMIN)).json());
        assertThat(before.get("directories").get(0).get("bindDn").asText()).isEmpty();

        ApiResponse saved = save("{\"directoryId\":\"test\",\"bindDn\":\"cn=writer,dc=example,dc=org\","
                + "\"password\":\"s3cret-pw\"}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json()).contains("cn=writer,dc=example,dc=org").doesNotContain("s3cret-pw");
        String listed = fixture.api.handle(ApiRequest.get("writebinds", Map.of(), ADMIN)).json();
        assertThat(listed).contains("cn=writer,dc=example,dc=org").doesNotContain("s3cret-pw");
        assertThat(fixture.stores.writeAccounts().account("test")).get()
                .extracting(a -> a.secret()).isEqualTo("s3cret-pw");
    }

    @Test
    void aDnWithoutAPasswordIsAnsweredNextToTheField() {
        fixture.api.withWriteBinds(fixture.stores.writeAccounts());

        ApiResponse response = save("{\"directoryId\":\"test\",\"bindDn\":\"cn=writer,dc=example,dc=org\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).contains("writeBind.password");
    }

    @Test
    void savingIsAWriteRefusedInReadOnlyModeAndWithoutTheXsrfToken() {
        fixture.api.withWriteBinds(fixture.stores.writeAccounts());
        String body = "{\"directoryId\":\"test\",\"bindDn\":\"cn=w,dc=example,dc=org\",\"password\":\"pw\"}";

        assertThat(fixture.api.handle(ApiRequest.post("writebinds/save", body, ADMIN, false)).status())
                .isEqualTo(403);
        fixture.readOnly.set(true);
        assertThat(save(body).status()).isEqualTo(423);
        assertThat(save("{\"directoryId\":\"nope\",\"bindDn\":\"\"}").status()).isEqualTo(423);
    }
}
