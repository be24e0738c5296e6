package dev.profilesync.store;

import dev.profilesync.core.SyncReport;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.profilesync.core.SyncReport.SkipReason.INACTIVE;
import static dev.profilesync.core.SyncReport.SkipReason.NOT_IN_DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Skip reasons in stored reports: written by their constant, read by constant or by the words older rows hold. */
class StoredReportSkipReasonsTest {
    private final SyncReport report = Fixtures.report("run-1", Instant.parse("2026-12-03T01:11:00Z"));

    @Test
    void reasonsAreWrittenByTheirConstantAndReadBack() {
        String json = StoredJson.report(report);

        assertThat(json).contains("\"INACTIVE\"").doesNotContain("Active User Policy");
        assertThat(StoredJson.report(json, "run-1").skipped()).containsEntry(INACTIVE, 12L)
                .containsEntry(NOT_IN_DIRECTORY, 33L);
    }

    @Test
    void reportsKeptBeforeTheReasonsWereAnEnumReadBackWithTheSameReasons() {
        String older = StoredJson.report(report).replace("\"INACTIVE\"", "\"inactive (Active User Policy)\"")
                .replace("\"NOT_IN_DIRECTORY\"", "\"not found in any directory\"");

        assertThat(StoredJson.report(older, "run-1").skipped()).containsEntry(INACTIVE, 12L)
                .containsEntry(NOT_IN_DIRECTORY, 33L);
    }

    @Test
    void aReasonThisVersionDoesNotKnowIsNamedInTheError() {
        String unknown = StoredJson.report(report).replace("\"INACTIVE\"", "\"on holiday\"");

        assertThatThrownBy(() -> StoredJson.report(unknown, "run-1")).hasMessageContaining("on holiday");
    }
}
