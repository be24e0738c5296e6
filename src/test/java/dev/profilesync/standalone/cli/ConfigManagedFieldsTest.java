package dev.profilesync.standalone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilesync.core.port.AccessMode;
import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.ScheduleInfo;
import dev.profilesync.standalone.host.StandaloneHost;
import dev.profilesync.web.AdminApi;
import dev.profilesync.web.ApiRequest;
import dev.profilesync.web.ApiResponse;
import dev.profilesync.web.Caller;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve --config} with a {@code fields} list: the page's field editor is read-only and says why. */
class ConfigManagedFieldsTest extends RunnerFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN = Caller.admin("admin", "t");
    private static final HostSchedule NO_SCHEDULE = new HostSchedule() {
        @Override
        public ScheduleInfo current() {
            return new ScheduleInfo(ScheduleInfo.JOB_NAME, "0 11 1 * * ?", Optional.empty(), false, false,
                    Optional.empty());
        }

        @Override
        public void update(String cron) {
            throw new UnsupportedOperationException("not edited in this test");
        }
    };

    @Test
    void fieldEditsAreRefusedWithTheReasonWhenTheConfigFileListsTheFields() throws Exception {
        try (StandaloneHost host = open(); AdminApi api = api(host)) {
            JsonNode fields = JSON.readTree(api.handle(ApiRequest.get("fields", Map.of(), ADMIN)).json());
            assertThat(fields.get("managedElsewhere").asText()).contains("managed by the \"fields\" list of the "
                    + "config file", "read-only here");

            ApiResponse saved = api.handle(ApiRequest.post("fields/save", "{\"field\": {\"key\": \"dept\", "
                    + "\"label\": \"Dept\", \"ldapAttribute\": \"ou\"}}", ADMIN, true));
            ApiResponse deleted = api.handle(ApiRequest.post("fields/delete", "{\"key\": \"title\"}", ADMIN, true));

            assertThat(saved.status()).isEqualTo(409);
            assertThat(saved.json()).contains("read-only here");
            assertThat(deleted.status()).isEqualTo(409);
            assertThat(host.settings().fields()).extracting(f -> f.key())
                    .containsExactly("title", "full-name", "manager", "about");
        }
    }

    @Test
    void withoutAFieldsListTheEditorStaysEditable() throws Exception {
        fullSync();
        String config = Files.readString(work.resolve("config.json"));
        Files.writeString(work.resolve("config.json"), config.replaceAll("(?s)\"fields\": \\[.*?\\n  \\],", ""));
        assertThat(Files.readString(work.resolve("config.json"))).doesNotContain("\"fields\"");
        try (StandaloneHost host = open(); AdminApi api = api(host)) {
            JsonNode fields = JSON.readTree(api.handle(ApiRequest.get("fields", Map.of(), ADMIN)).json());
            assertThat(fields.get("managedElsewhere").isNull()).isTrue();
        }
    }

    private StandaloneHost open() {
        CliContext context = new CliContext(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), environment::get, work);
        return ConfiguredHost.open(context, Path.of("config.json"), AccessMode.READ_WRITE);
    }

    private static AdminApi api(StandaloneHost host) {
        return new AdminApi(host.engine(), host.ports(), NO_SCHEDULE, Clock.systemUTC(), ZoneOffset.UTC);
    }
}
