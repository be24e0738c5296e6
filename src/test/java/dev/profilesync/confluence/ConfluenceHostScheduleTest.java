package dev.profilesync.confluence;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.CronScheduleInfo;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.port.ScheduleInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.net.URI;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** The scheduled job as the admin page shows it inside Confluence. */
class ConfluenceHostScheduleTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobId jobId = mock(JobId.class);
    private final ConfluenceHostSchedule schedule = new ConfluenceHostSchedule(scheduler);
    private MockedStatic<JobId> jobIds;

    @BeforeEach
    void jobIdOfTheModuleKey() {
        jobIds = mockStatic(JobId.class);
        jobIds.when(() -> JobId.of(ConfluenceHostSchedule.JOB_MODULE_KEY)).thenReturn(jobId);
    }

    @AfterEach
    void release() {
        jobIds.close();
    }

    @Test
    void scheduledJobShowsConfluencesCronAndNextRun() {
        Instant next = Instant.parse("2026-11-02T01:11:00Z");
        JobDetails details = mock(JobDetails.class);
        Schedule cronSchedule = mock(Schedule.class);
        CronScheduleInfo cron = mock(CronScheduleInfo.class);
        when(cron.getCronExpression()).thenReturn("0 30 2 * * ?");
        when(cronSchedule.getCronScheduleInfo()).thenReturn(cron);
        when(details.getSchedule()).thenReturn(cronSchedule);
        when(details.getNextRunTime()).thenReturn(Date.from(next));
        when(scheduler.getJobDetails(jobId)).thenReturn(details);

        ScheduleInfo info = schedule.current();

        assertThat(info.jobName()).isEqualTo("External User Directory Sync Job");
        assertThat(info.cron()).isEqualTo("0 30 2 * * ?");
        assertThat(info.nextRun()).contains(next);
        assertThat(info.enabled()).isTrue();
    }

    @Test
    void jobDisabledInScheduledJobsShowsAsDisabledWithTheDefaultSchedule() {
        ScheduleInfo info = schedule.current();

        assertThat(info.enabled()).isFalse();
        assertThat(info.nextRun()).isEmpty();
        assertThat(info.cron()).isEqualTo(SyncSettings.DEFAULT_SCHEDULE);
    }

    @Test
    void scheduleIsEditedInConfluencesScheduledJobsScreenNotHere() {
        ScheduleInfo info = schedule.current();

        assertThat(info.editable()).isFalse();
        assertThat(info.adminLink()).isPresent();
        assertThatThrownBy(() -> schedule.update("0 0 3 * * ?")).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Scheduled Jobs");
    }

    @Test
    void linkFromTheAdminPageLeadsToScheduledJobsUnderTheContextPath() {
        URI page = URI.create("https://wiki.example.com/confluence/plugins/servlet" + AdminServlet.URL_PATTERN + "/");

        URI target = page.resolve(schedule.current().adminLink().orElseThrow());

        assertThat(target).hasToString("https://wiki.example.com/confluence/admin/scheduledjobs/viewscheduledjobs.action");
    }
}
