package dev.profilesync.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The scheduled sync job as the host runs it.
 *
 * @param jobName   the name admins see, "External User Directory Sync Job"
 * @param cron      its cron expression (Quartz style, seconds first)
 * @param nextRun   when it runs next, empty when disabled or unknown
 * @param enabled   the job is scheduled
 * @param editable  the schedule is edited on this page (standalone); false when the host has its own screen
 * @param adminLink where the host edits it (Confluence: the Scheduled Jobs screen), empty when edited here
 */
public record ScheduleInfo(String jobName, String cron, Optional<Instant> nextRun, boolean enabled, boolean editable,
                           Optional<String> adminLink) {

    public static final String JOB_NAME = "External User Directory Sync Job";

    public ScheduleInfo {
        jobName = Objects.requireNonNullElse(jobName, JOB_NAME);
        cron = Objects.requireNonNullElse(cron, "");
        nextRun = Objects.requireNonNullElse(nextRun, Optional.empty());
        adminLink = Objects.requireNonNullElse(adminLink, Optional.empty());
    }
}
