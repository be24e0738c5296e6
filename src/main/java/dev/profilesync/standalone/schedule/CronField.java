package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** One field of a cron expression: its name, its range, the names it accepts, and how a value list is parsed. */
enum CronField {
    SECOND("second", 0, 59, List.of()),
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
    MONTH("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    /** Quartz numbering: 1 is Sunday, 7 is Saturday. */
    DAY_OF_WEEK("day-of-week", 1, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")),
    YEAR("year", 1970, 2099, List.of());

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(String label, int min, int max, List<String> names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    String label() {
        return label;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** The values the text allows, as set bits; {@code *} and {@code ?} set every value. */
    BitSet parse(String text, String expression, String setting) {
        BitSet values = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            parsePart(part, expression, setting, values);
        }
        return values;
    }

    private void parsePart(String part, String expression, String setting, BitSet values) {
        if (part.isEmpty()) {
            throw error(setting, expression, "has an empty item in '" + part + "': separate values with single commas");
        }
        String withoutNames = part.toUpperCase(Locale.ROOT);
        for (String name : names) {
            withoutNames = withoutNames.replace(name, "");
        }
        for (char special : new char[] {'L', 'W', '#'}) {
            if (withoutNames.indexOf(special) >= 0) {
                throw error(setting, expression, "uses '" + special + "' in '" + part + "', which this scheduler does not "
                        + "support: list the " + label + "s instead");
            }
        }
        String range = part;
        int step = 1;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            range = part.substring(0, slash);
            step = number(part.substring(slash + 1), expression, setting, "step");
            if (step < 1 || step > max - min + 1) {
                throw error(setting, expression, "step " + step + " is out of range 1-" + (max - min + 1));
            }
        }
        int from;
        int to;
        if (range.equals("*") || range.equals("?")) {
            from = min;
            to = max;
        } else if (range.contains("-")) {
            String[] ends = range.split("-", -1);
            if (ends.length != 2) {
                throw error(setting, expression, "has a malformed range '" + range + "': write it as from-to, e.g. "
                        + example());
            }
            from = value(ends[0], expression, setting);
            to = value(ends[1], expression, setting);
        } else {
            from = value(range, expression, setting);
            // "5/15" means every 15 from 5 up to the end of the range, as in Quartz.
            to = slash >= 0 ? max : from;
        }
        int span = max - min + 1;
        int length = (to - from + span) % span;
        for (int offset = 0; offset <= length; offset += step) {
            values.set(min + (from - min + offset) % span);
        }
    }

    private int value(String text, String expression, String setting) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        int named = names.indexOf(upper);
        if (named >= 0) {
            return min + named;
        }
        int value = number(upper, expression, setting, label);
        if (value < min || value > max) {
            throw error(setting, expression, label + " " + value + " is out of range " + min + "-" + max
                    + (names.isEmpty() ? "" : " (or " + names.get(0) + "-" + names.get(names.size() - 1) + ")"));
        }
        return value;
    }

    private int number(String text, String expression, String setting, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw error(setting, expression, what + " '" + text + "' is not a number"
                    + (names.isEmpty() ? "" : " or a name such as " + names.get(0)) + ": e.g. " + example());
        }
    }

    private String example() {
        return switch (this) {
            case MONTH -> "JAN-MAR";
            case DAY_OF_WEEK -> "MON-FRI";
            case HOUR -> "9-17";
            default -> "0-30";
        };
    }

    static InvalidSettingException error(String setting, String expression, String problem) {
        return new InvalidSettingException(setting, "settings.schedule.invalid",
                "cron expression '" + expression + "': " + problem);
    }
}
