package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The shortest interval a schedule may have. A full sync reads every user of every directory; an expression such
 * as {@code * * * * * ?} (every second) would keep the directories and the database busy for good, so expressions
 * that fire more often than the floor are refused. The floor is the config file's
 * {@code settings.scheduleFloorMinutes}, {@link #DEFAULT} without it. Immutable and thread-safe.
 */
public record ScheduleFloor(Duration interval) {
    public static final ScheduleFloor DEFAULT = new ScheduleFloor(Duration.ofMinutes(5));
    /** Firings looked at: enough to meet the densest hours of any day pattern, cheap for sparse ones. */
    private static final int FIRINGS_CHECKED = 1_500;
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    public ScheduleFloor {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval: " + interval + " is negative");
        }
    }

    public static ScheduleFloor ofMinutes(int minutes) {
        return new ScheduleFloor(Duration.ofMinutes(minutes));
    }

    /** Parses {@code expression} and refuses it when two of its runs come closer than the floor. */
    public CronSchedule check(String expression, String setting) throws InvalidSettingException {
        CronSchedule schedule = CronSchedule.parse(expression, setting);
        shortestGap(schedule).filter(gap -> gap.compareTo(interval) < 0).ifPresent(gap -> {
            throw new InvalidSettingException(setting, "settings.schedule.tooOften", "cron expression '"
                    + schedule.expression() + "' runs every " + words(gap) + ", more often than every "
                    + words(interval) + ": a sync reads every user, so choose a schedule with runs at least "
                    + words(interval) + " apart, e.g. 0 0/15 * * * ? for every 15 minutes or 0 11 1 * * ? for "
                    + "nightly (the floor is settings.scheduleFloorMinutes in the config file)");
        });
        return schedule;
    }

    /** The smallest gap between consecutive runs among the first runs from 2026 on (in UTC). */
    static Optional<Duration> shortestGap(CronSchedule schedule) {
        Optional<ZonedDateTime> previous = schedule.nextAfter(START);
        Duration shortest = null;
        for (int i = 0; i < FIRINGS_CHECKED && previous.isPresent(); i++) {
            Optional<ZonedDateTime> next = schedule.nextAfter(previous.get());
            if (next.isEmpty()) {
                break;
            }
            Duration gap = Duration.between(previous.get(), next.get());
            if (shortest == null || gap.compareTo(shortest) < 0) {
                shortest = gap;
            }
            if (shortest.getSeconds() <= 1) {
                break;
            }
            previous = next;
        }
        return Optional.ofNullable(shortest);
    }

    private static String words(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 60 != 0) {
            return seconds == 1 ? "second" : seconds + " seconds";
        }
        long minutes = seconds / 60;
        return minutes == 1 ? "minute" : minutes + " minutes";
    }
}
