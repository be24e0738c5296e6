package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What cron-utils' Quartz definition reads differently from Quartz and from what admins have stored, fixed before
 * the expression reaches it, with the messages for the mistakes admins make most (field count, {@code ?}, both day
 * fields named). Everything else is the library's to check.
 */
final class QuartzDialect {
    private static final int DAY_OF_MONTH = 3;
    private static final int DAY_OF_WEEK = 5;
    /** Lowest and highest value of the first six fields: second, minute, hour, day-of-month, month, day-of-week. */
    private static final int[][] RANGES = {{0, 59}, {0, 59}, {0, 23}, {1, 31}, {1, 12}, {1, 7}};
    private static final String[] LABELS = {"second", "minute", "hour", "day-of-month", "month", "day-of-week", "year"};
    private static final Pattern INVALID_CHARS = Pattern.compile("Invalid chars in expression! Expression: ?(.*?) ?Invalid chars:.*",
            Pattern.DOTALL);
    private static final Pattern WRAPPING = Pattern.compile("(\\d{1,2})-(\\d{1,2})(?:/(\\d{1,2}))?");

    private QuartzDialect() {
    }

    /** The expression as the library should read it; an error naming {@code setting} for the mistakes above. */
    static String adapt(String expression, String setting) {
        String[] parts = expression.isEmpty() ? new String[0] : expression.split(" ");
        if (parts.length < 6 || parts.length > 7) {
            throw error(setting, expression, "has " + parts.length + " fields, needs 6 or 7: second minute hour "
                    + "day-of-month month day-of-week [year], e.g. 0 11 1 * * ? for 1:11 a.m. every night");
        }
        for (int i = 0; i < parts.length; i++) {
            if (i != DAY_OF_MONTH && i != DAY_OF_WEEK && parts[i].contains("?")) {
                throw error(setting, expression, "'?' is allowed only in day-of-month and day-of-week, not in the "
                        + LABELS[i] + ": use * there");
            }
        }
        dayFields(parts, setting, expression);
        for (int i = 0; i < RANGES.length; i++) {
            parts[i] = unwrapRanges(parts[i], RANGES[i][0], RANGES[i][1]);
        }
        return String.join(" ", parts);
    }

    /**
     * Quartz wants {@code ?} in exactly one day field. Stored schedules may have {@code *} in both (every day), or
     * {@code *} beside named days; both mean what they say, so the {@code *} becomes the {@code ?}.
     */
    private static void dayFields(String[] parts, String setting, String expression) {
        boolean anyDayOfMonth = isAny(parts[DAY_OF_MONTH]);
        boolean anyDayOfWeek = isAny(parts[DAY_OF_WEEK]);
        if (!anyDayOfMonth && !anyDayOfWeek) {
            throw error(setting, expression, "names both a day-of-month (" + parts[DAY_OF_MONTH]
                    + ") and a day-of-week (" + parts[DAY_OF_WEEK] + "): put ? in one of them");
        }
        if (anyDayOfMonth && anyDayOfWeek) {
            parts[DAY_OF_MONTH] = "*";
            parts[DAY_OF_WEEK] = "?";
        } else if (anyDayOfMonth) {
            parts[DAY_OF_MONTH] = "?";
        } else {
            parts[DAY_OF_WEEK] = "?";
        }
    }

    private static boolean isAny(String field) {
        return field.equals("*") || field.equals("?");
    }

    /**
     * A numeric range whose end is below its start wraps, as in Quartz ({@code 22-2} hours: 22, 23, 0, 1, 2);
     * cron-utils reads it otherwise, so it is spelled out as a list. Values out of range are left for the library
     * to report.
     */
    static String unwrapRanges(String field, int min, int max) {
        List<String> items = new ArrayList<>();
        for (String item : field.split(",", -1)) {
            Matcher range = WRAPPING.matcher(item);
            int from = range.matches() ? Integer.parseInt(range.group(1)) : 0;
            int to = range.matches() ? Integer.parseInt(range.group(2)) : 0;
            int step = range.matches() && range.group(3) != null ? Integer.parseInt(range.group(3)) : 1;
            if (!range.matches() || from <= to || from > max || to < min || step < 1) {
                items.add(item);
                continue;
            }
            List<String> values = new ArrayList<>();
            int span = max - min + 1;
            for (int offset = 0; offset <= (to - min) + (max - from + 1); offset += step) {
                values.add(Integer.toString(min + (from - min + offset) % span));
            }
            items.add(String.join(",", values));
        }
        return String.join(",", items);
    }

    /** The library's words without its preamble, for a message that names the expression once. */
    static String plain(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        message = message.replace("Failed to parse cron expression.", "").replace("Failed to parse '", "'").trim();
        Matcher invalid = INVALID_CHARS.matcher(message);
        if (invalid.matches()) {
            return invalid.group(1).isBlank() ? "has an empty item: separate values with single commas"
                    : "'" + invalid.group(1).trim() + "' is not a number or a name such as JAN or SUN";
        }
        message = message.replace("period ", "step ").replace("Period ", "Step ");
        if (message.isEmpty() || message.contains("Exception")) {
            return "not a valid Quartz cron expression: check each field against second minute hour "
                    + "day-of-month month day-of-week [year]";
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    static InvalidSettingException error(String setting, String expression, String problem) {
        return new InvalidSettingException(setting, "settings.schedule.invalid",
                "cron expression '" + expression + "': " + problem);
    }
}
