package dev.profilesync.core.port;

/**
 * Port: the host's scheduled sync job, as the admin page shows it. The standalone runner keeps the cron expression
 * itself and lets it be edited here; Confluence keeps it in its Scheduled Jobs screen and only links there.
 * Implementations are called from request threads and must be thread-safe.
 */
public interface HostSchedule {

    ScheduleInfo current();

    /**
     * Validates and applies a new cron expression. Throws {@link dev.profilesync.core.InvalidSettingException} with
     * setting {@code cron} when the expression is not valid (nothing is changed then), and
     * {@link UnsupportedOperationException} when {@link ScheduleInfo#editable()} is false.
     */
    void update(String cron);
}
