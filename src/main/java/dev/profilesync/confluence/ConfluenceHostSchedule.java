package dev.profilesync.confluence;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.CronScheduleInfo;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.ScheduleInfo;

import java.util.Date;
import java.util.Optional;

/**
 * The "External User Directory Sync Job" as the admin page shows it: its schedule and next run as the scheduler
 * has them. Confluence keeps the schedule in its Scheduled Jobs screen, so the page links there and does not edit
 * it. A job that is disabled there is not scheduled, so it shows as disabled with the default schedule.
 */
final class ConfluenceHostSchedule implements HostSchedule {
    /** The job-config module key in atlassian-plugin.xml; Confluence schedules the module under its key. */
    static final String JOB_MODULE_KEY = "dev.profilesync.profile-sync.externalUserDirectorySyncJob";
    /** Scheduled Jobs, relative to the admin page at /plugins/servlet/profile-sync/admin/, so the context path fits. */
    static final String SCHEDULED_JOBS_LINK = "../../../../admin/scheduledjobs/viewscheduledjobs.action";

    private final SchedulerService scheduler;

    ConfluenceHostSchedule(SchedulerService scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public ScheduleInfo current() {
        JobDetails job = scheduler.getJobDetails(JobId.of(JOB_MODULE_KEY));
        Optional<Date> nextRun = job == null ? Optional.empty() : Optional.ofNullable(job.getNextRunTime());
        return new ScheduleInfo(ScheduleInfo.JOB_NAME, job == null ? SyncSettings.DEFAULT_SCHEDULE : cronOf(job),
                nextRun.map(Date::toInstant), nextRun.isPresent(), false, Optional.of(SCHEDULED_JOBS_LINK));
    }

    @Override
    public void update(String cron) {
        throw new UnsupportedOperationException(
                "Confluence keeps this job's schedule: change it in Administration > Scheduled Jobs");
    }

    private static String cronOf(JobDetails job) {
        Schedule schedule = job.getSchedule();
        CronScheduleInfo cron = schedule == null ? null : schedule.getCronScheduleInfo();
        return cron == null ? SyncSettings.DEFAULT_SCHEDULE : cron.getCronExpression();
    }
}
