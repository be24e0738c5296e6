package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.ScheduleInfo;
import dev.profilesync.core.port.SettingsStore;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The standalone runner's scheduled job as the admin page sees it: the cron expression is kept in the settings
 * ({@code SyncSettings.schedule}) and edited on the page. The runner supplies how cron expressions are read and
 * when the job runs, so this class knows no cron syntax itself. Thread-safe.
 */
public final class StandaloneSchedule implements HostSchedule {

    /** The runner's cron rules. */
    public interface CronRules {
        /**
         * The first time after {@code after} the expression fires, empty if never; throws
         * {@link InvalidSettingException} (setting {@code cron}) when the expression is not valid.
         */
        Optional<Instant> nextRun(String cron, Instant after);
    }

    private final SettingsStore settings;
    private final CronRules rules;
    private final BooleanSupplier enabled;
    private final Consumer<String> reschedule;
    private final Clock clock;

    /**
     * @param settings   where the cron expression is kept
     * @param rules      validates expressions and computes the next run
     * @param enabled    whether the runner schedules the job at all (e.g. false for a one-off sync)
     * @param reschedule told the new expression after it was saved, so the running job follows it
     * @param clock      for the next run time
     */
    public StandaloneSchedule(SettingsStore settings, CronRules rules, BooleanSupplier enabled,
                              Consumer<String> reschedule, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.enabled = Objects.requireNonNull(enabled, "enabled");
        this.reschedule = Objects.requireNonNull(reschedule, "reschedule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ScheduleInfo current() {
        String cron = settings.settings().schedule();
        boolean on = enabled.getAsBoolean();
        Optional<Instant> next = Optional.empty();
        if (on) {
            try {
                next = rules.nextRun(cron, clock.instant());
            } catch (InvalidSettingException e) {
                // A stored expression that no longer parses shows without a next run; saving a valid one fixes it.
                LoggerFactory.getLogger(StandaloneSchedule.class)
                        .warn("The stored schedule '{}' is not valid: {}", cron, e.detail());
            }
        }
        return new ScheduleInfo(ScheduleInfo.JOB_NAME, cron, next, on, true, Optional.empty());
    }

    @Override
    public void update(String cron) {
        rules.nextRun(cron, clock.instant());
        settings.saveSettings(settings.settings().withSchedule(cron));
        reschedule.accept(cron);
    }
}
