package dev.profilesync.standalone.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.profilesync.core.InvalidSettingException;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A Quartz cron expression, as Confluence's scheduled jobs use: {@code sec min hour day-of-month month day-of-week
 * [year]}, e.g. {@code 0 11 1 * * ?} for 1:11 a.m. every night. Parsing, validation and the next matching wall-clock
 * time are cron-utils' (its Quartz definition: lists, ranges, steps, names, {@code L}, {@code W}, {@code #}); what
 * it lacks is kept here, in {@link QuartzDialect} and {@link #nextAfter}:
 * <ul>
 * <li>ranges that wrap ({@code 22-2} hours, as Quartz reads them) are spelled out before parsing;</li>
 * <li>{@code *} in both day fields means every day, as it did before the library;</li>
 * <li>daylight saving: a time that a change skips runs at the same local time shifted by the gap (the library and
 * Quartz skip that day), a time that happens twice runs once.</li>
 * </ul>
 * Times are local to the zone of the time passed to {@link #nextAfter}. Immutable and thread-safe.
 */
public final class CronSchedule {
    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    /** The library computes in wall-clock time: a zone without daylight saving keeps every local time. */
    private static final ZoneOffset WALL_CLOCK = ZoneOffset.UTC;
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1970, 1, 1, 0, 0);

    private final String expression;
    private final ExecutionTime executionTime;

    private CronSchedule(String expression, ExecutionTime executionTime) {
        this.expression = expression;
        this.executionTime = executionTime;
    }

    /**
     * Parses and checks an expression; the message of the exception says what is wrong and where, and its setting
     * is {@code schedule}, the name in {@code SyncSettings}.
     */
    public static CronSchedule parse(String expression) throws InvalidSettingException {
        return parse(expression, "schedule");
    }

    /** As {@link #parse(String)}, with the exception naming {@code setting} (e.g. the form field {@code cron}). */
    public static CronSchedule parse(String expression, String setting) throws InvalidSettingException {
        String trimmed = expression == null ? "" : expression.trim().replaceAll("\\s+", " ");
        String forLibrary = QuartzDialect.adapt(trimmed, setting);
        ExecutionTime executionTime;
        try {
            Cron cron = QUARTZ.parse(forLibrary).validate();
            executionTime = ExecutionTime.forCron(cron);
        } catch (RuntimeException e) {
            // cron-utils says what is wrong in its own words; anything it throws is a bad expression, never a crash.
            throw QuartzDialect.error(setting, trimmed, QuartzDialect.plain(e));
        }
        CronSchedule schedule = new CronSchedule(trimmed, executionTime);
        if (schedule.nextWallClock(EARLIEST).isEmpty()) {
            throw QuartzDialect.error(setting, trimmed, "never occurs: the days it names do not exist in the months "
                    + "and years it names (e.g. 31 FEB); choose days that exist, e.g. 1-28");
        }
        return schedule;
    }

    /** The expression, with runs of spaces made single. */
    public String expression() {
        return expression;
    }

    /** The first time strictly after {@code time} that matches; empty when none does (a past year). */
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime time) {
        LocalDateTime from = time.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
        // A local time matched just before an overlap may lie before `time` in real time: look on from there.
        for (int overlaps = 0; overlaps < 3; overlaps++) {
            Optional<LocalDateTime> local = nextWallClock(from);
            if (local.isEmpty()) {
                return Optional.empty();
            }
            Optional<ZonedDateTime> found = after(local.get(), time);
            if (found.isPresent()) {
                return found;
            }
            from = local.get();
        }
        return Optional.empty();
    }

    private Optional<LocalDateTime> nextWallClock(LocalDateTime after) {
        try {
            return executionTime.nextExecution(after.atZone(WALL_CLOCK)).map(ZonedDateTime::toLocalDateTime);
        } catch (RuntimeException e) {
            // The library refused to compute (years beyond its range): no next run rather than a crashed schedule.
            return Optional.empty();
        }
    }

    /**
     * The local time in the zone of {@code time}, when it lies after it: a time in a gap moves forward by the gap
     * ({@link ZonedDateTime#ofLocal}), a time in an overlap takes the offset {@code time} has, then the later one.
     */
    private static Optional<ZonedDateTime> after(LocalDateTime local, ZonedDateTime time) {
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, time.getZone(), time.getOffset());
        if (zoned.isAfter(time)) {
            return Optional.of(zoned);
        }
        ZonedDateTime later = zoned.withLaterOffsetAtOverlap();
        return later.isAfter(time) ? Optional.of(later) : Optional.empty();
    }

    @Override
    public String toString() {
        return expression;
    }
}
