package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Optional;

/**
 * A Quartz-style cron expression, as Confluence's scheduled jobs use: {@code sec min hour day-of-month month
 * day-of-week [year]}, e.g. {@code 0 11 1 * * ?} for 1:11 a.m. every night. Each field takes {@code *}, a value, a
 * list ({@code 1,15}), a range ({@code MON-FRI}, ranges may wrap: {@code FRI-MON}) and steps ({@code 0/15},
 * {@code 9-17/2}); day-of-week counts 1 = SUN to 7 = SAT. {@code ?} means "any" and is allowed only in the two day
 * fields; at most one of them may name days. Quartz's L, W and # are not supported and are rejected.
 * <p>
 * Times are local to the zone of the time passed to {@link #nextAfter}: a time that a daylight-saving change skips
 * runs at the same local time shifted by the gap; a time that happens twice runs once. Immutable and thread-safe.
 */
public final class CronSchedule {
    private final String expression;
    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final BitSet years;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private CronSchedule(String expression, String[] parts, String setting) {
        this.expression = expression;
        seconds = CronField.SECOND.parse(parts[0], expression, setting);
        minutes = CronField.MINUTE.parse(parts[1], expression, setting);
        hours = CronField.HOUR.parse(parts[2], expression, setting);
        daysOfMonth = CronField.DAY_OF_MONTH.parse(parts[3], expression, setting);
        months = CronField.MONTH.parse(parts[4], expression, setting);
        daysOfWeek = CronField.DAY_OF_WEEK.parse(parts[5], expression, setting);
        years = parts.length == 7 ? CronField.YEAR.parse(parts[6], expression, setting) : null;
        anyDayOfMonth = isAny(parts[3]);
        anyDayOfWeek = isAny(parts[5]);
        checkQuestionMarks(parts, setting);
        if (!anyDayOfMonth && !anyDayOfWeek) {
            throw CronField.error(setting, expression, "names both a day-of-month (" + parts[3] + ") and a day-of-week ("
                    + parts[5] + "): put ? in one of them");
        }
        checkDatesExist(parts[3], setting);
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
        String[] parts = trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
        if (parts.length < 6 || parts.length > 7) {
            throw CronField.error(setting, trimmed, "has " + parts.length + " fields, needs 6 or 7: second minute hour "
                    + "day-of-month month day-of-week [year], e.g. 0 11 1 * * ? for 1:11 a.m. every night");
        }
        return new CronSchedule(trimmed, parts, setting);
    }

    /** The expression, with runs of spaces made single. */
    public String expression() {
        return expression;
    }

    /** The first time strictly after {@code time} that matches; empty when none does (a past year). */
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime time) {
        LocalDateTime candidate = time.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        while (candidate.getYear() <= CronField.YEAR.max()) {
            if (years != null && !years.get(candidate.getYear())) {
                candidate = LocalDate.of(candidate.getYear() + 1, 1, 1).atStartOfDay();
            } else if (!months.get(candidate.getMonthValue())) {
                candidate = candidate.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!dayMatches(candidate.toLocalDate())) {
                candidate = candidate.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!hours.get(candidate.getHour())) {
                candidate = candidate.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(candidate.getMinute())) {
                candidate = candidate.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!seconds.get(candidate.getSecond())) {
                candidate = candidate.plusSeconds(1);
            } else {
                Optional<ZonedDateTime> found = after(candidate, time);
                if (found.isPresent()) {
                    return found;
                }
                candidate = candidate.plusSeconds(1);
            }
        }
        return Optional.empty();
    }

    /** The local time in the zone of {@code time}, when it lies after it (daylight-saving overlaps). */
    private static Optional<ZonedDateTime> after(LocalDateTime local, ZonedDateTime time) {
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, time.getZone(), time.getOffset());
        if (zoned.isAfter(time)) {
            return Optional.of(zoned);
        }
        ZonedDateTime later = zoned.withLaterOffsetAtOverlap();
        return later.isAfter(time) ? Optional.of(later) : Optional.empty();
    }

    private boolean dayMatches(LocalDate date) {
        if (!anyDayOfMonth) {
            return daysOfMonth.get(date.getDayOfMonth());
        }
        if (!anyDayOfWeek) {
            return daysOfWeek.get(quartzDayOfWeek(date.getDayOfWeek()));
        }
        return true;
    }

    private static int quartzDayOfWeek(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    private static boolean isAny(String field) {
        return field.equals("*") || field.equals("?");
    }

    private void checkQuestionMarks(String[] parts, String setting) {
        for (int i = 0; i < parts.length; i++) {
            if (i != 3 && i != 5 && parts[i].contains("?")) {
                throw CronField.error(setting, expression, "'?' is allowed only in day-of-month and day-of-week, not in the "
                        + CronField.values()[i].label() + ": use * there");
            }
        }
    }

    private void checkDatesExist(String dayOfMonthField, String setting) {
        if (anyDayOfMonth) {
            return;
        }
        for (Month month : Month.values()) {
            if (months.get(month.getValue()) && daysOfMonth.nextSetBit(1) <= month.maxLength()) {
                return;
            }
        }
        throw CronField.error(setting, expression, "day-of-month " + dayOfMonthField + " never occurs in the months it names: "
                + "choose days that exist, e.g. 1-28");
    }

    @Override
    public String toString() {
        return expression;
    }
}
