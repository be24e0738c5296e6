package dev.profilesync.confluence;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

/** The scheduled job's translation of engine results into the scheduler's answers (stand-in types, mocked). */
class SyncJobRunnerTest {
    private final RecordingSync sync = new RecordingSync();
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);
    private MockedStatic<JobRunnerResponse> responses;

    @BeforeEach
    void spellMessagesAsKeyAndArguments() {
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            return all[0] + Arrays.stream(all, 1, all.length).map(String::valueOf)
                    .collect(Collectors.joining(",", "[", "]"));
        });
        responses = mockStatic(JobRunnerResponse.class);
    }

    @AfterEach
    void releaseStaticMock() {
        responses.close();
    }

    private SyncJobRunner runner() {
        return new SyncJobRunner(sync, i18n);
    }

    @Test
    void successfulRunSucceedsWithTheCounts() {
        runner().runJob(request);

        responses.verify(() -> JobRunnerResponse.success("profilesync.job.success[FULL,10,4,5,1,0,7]"));
    }

    @Test
    void partialRunStillSucceedsButSaysSo() {
        sync.answering(SyncOutcome.PARTIAL);

        runner().runJob(request);

        responses.verify(() -> JobRunnerResponse.success(startsWith("profilesync.job.partial")));
        responses.verify(() -> JobRunnerResponse.failed(anyString()), never());
    }

    @Test
    void runAlreadyGoingAbortsTheJob() {
        sync.answering(SyncOutcome.ALREADY_RUNNING);

        runner().runJob(request);

        responses.verify(() -> JobRunnerResponse.aborted("profilesync.job.aborted.running[]"));
    }

    @Test
    void readOnlyModeAbortsTheJobWithTheReason() {
        sync.answering(SyncOutcome.READ_ONLY);

        runner().runJob(request);

        responses.verify(() -> JobRunnerResponse.aborted("profilesync.job.aborted.readonly[]"));
    }

    @Test
    void failedRunFailsTheJobWithTheEngineMessage() {
        sync.answer = run -> Reports.of(run, SyncOutcome.FAILED,
                List.of("directory 'corp' could not be read: connection refused"), 0);

        runner().runJob(request);

        responses.verify(() -> JobRunnerResponse.failed(contains("connection refused")));
    }

    @Test
    void scheduledRunIsFullWhenIncrementalSyncIsOff() {
        runner().runJob(request);

        assertThat(sync.requests).singleElement().satisfies(run -> {
            assertThat(run.asConfigured()).isTrue();
            assertThat(run.resolvedWith(sync.settings).mode()).isEqualTo(SyncMode.FULL);
            assertThat(run.trigger()).isEqualTo(SyncTrigger.SCHEDULED);
            assertThat(run.dryRun()).isFalse();
        });
    }

    @Test
    void scheduledRunIsIncrementalWhenIncrementalSyncIsOn() {
        sync.settings = sync.settings.withIncremental(true, sync.settings.timestampPattern());

        runner().runJob(request);

        assertThat(sync.requests).singleElement().satisfies(run -> {
            assertThat(run.asConfigured()).isTrue();
            assertThat(run.resolvedWith(sync.settings).mode()).isEqualTo(SyncMode.INCREMENTAL);
            assertThat(run.trigger()).isEqualTo(SyncTrigger.SCHEDULED);
        });
    }
}
