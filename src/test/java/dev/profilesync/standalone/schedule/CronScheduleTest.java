package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CronScheduleTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static ZonedDateTime at(String local) {
        return ZonedDateTime.parse(local + "Z[UTC]").withZoneSameInstant(UTC);
    }

    private static ZonedDateTime next(String expression, String after) {
        return CronSchedule.parse(expression).nextAfter(at(after)).orElseThrow();
    }

    @Test
    void defaultScheduleRunsAtElevenPastOneEveryNight() {
        assertThat(next("0 11 1 * * ?", "2026-11-21T12:00:00")).isEqualTo(at("2026-11-22T01:11:00"));
        assertThat(next("0 11 1 * * ?", "2026-11-22T01:11:00")).isEqualTo(at("2026-11-23T01:11:00"));
    }

    @Test
    void nextTimeIsStrictlyAfterTheGivenTime() {
        assertThat(next("0 11 1 * * ?", "2026-11-22T01:10:59.999")).isEqualTo(at("2026-11-22T01:11:00"));
        assertThat(next("* * * * * ?", "2026-11-22T01:10:59.5")).isEqualTo(at("2026-11-22T01:11:00"));
    }

    @ParameterizedTest
    @CsvSource({
            "'0 0/15 * * * ?',   2026-11-22T10:16:00, 2026-11-22T10:30:00",
            "'0 0 9-17/2 * * ?', 2026-11-22T12:00:00, 2026-11-22T13:00:00",
            "'0 0 9 ? * MON-FRI', 2026-11-21T10:00:00, 2026-11-23T09:00:00",
            "'0 0 9 ? * 2',      2026-11-21T10:00:00, 2026-11-23T09:00:00",
            "'0 0 9 ? * FRI-MON', 2026-11-24T10:00:00, 2026-11-27T09:00:00",
            "'0 0 0 1,15 * ?',   2026-11-02T00:00:00, 2026-11-15T00:00:00",
            "'0 30 2 1 JAN-MAR ?', 2026-04-01T00:00:00, 2027-01-01T02:30:00",
            "'0 0 0 29 FEB ?',   2026-03-01T00:00:00, 2028-02-29T00:00:00",
            "'0 0 12 * * ? 2030', 2026-03-01T00:00:00, 2030-01-01T12:00:00",
            "'30 5 4 * * *',     2026-12-31T23:59:59, 2027-01-01T04:05:30",
            "'0 0 22-2 * * ?',   2026-11-22T23:30:00, 2026-11-23T00:00:00",
            "'0 0 22-2/2 * * ?', 2026-11-22T22:30:00, 2026-11-23T00:00:00",
            "'0 0 1 L * ?',      2026-01-01T00:00:00, 2026-01-31T01:00:00",
            "'0 0 1 ? * MON#2',  2026-01-01T00:00:00, 2026-01-12T01:00:00",
            "'0 0 9 15W * ?',    2026-08-01T00:00:00, 2026-08-14T09:00:00"
    })
    void listsRangesStepsAndNamesMatchAsQuartzDoes(String expression, String after, String expected) {
        assertThat(next(expression, after)).isEqualTo(at(expected));
    }

    @Test
    void aScheduleWhoseYearsArePastHasNoNextTime() {
        assertThat(CronSchedule.parse("0 0 0 1 1 ? 2020").nextAfter(at("2026-01-01T00:00:00"))).isEmpty();
    }

    @Test
    void aTimeSkippedByDaylightSavingRunsShiftedByTheGap() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime before = ZonedDateTime.of(2027, 3, 28, 0, 0, 0, 0, berlin);
        ZonedDateTime next = CronSchedule.parse("0 30 2 * * ?").nextAfter(before).orElseThrow();
        assertThat(next.toLocalDateTime()).hasToString("2027-03-28T03:30");
    }

    @Test
    void aTimeRepeatedByDaylightSavingRunsOnce() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime first = CronSchedule.parse("0 30 2 * * ?")
                .nextAfter(ZonedDateTime.of(2027, 10, 31, 0, 0, 0, 0, berlin)).orElseThrow();
        ZonedDateTime second = CronSchedule.parse("0 30 2 * * ?").nextAfter(first).orElseThrow();
        assertThat(first.toLocalDateTime()).hasToString("2027-10-31T02:30");
        assertThat(second.toLocalDateTime()).hasToString("2027-11-01T02:30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 61 1 * * ?        | cron expression '0 61 1 * * ?': value 61 not in range [0, 59]",
            "60 0 1 * * ?        | value 60 not in range [0, 59]",
            "0 0 24 * * ?        | value 24 not in range [0, 23]",
            "0 0 1 32 * ?        | value 32 not in range [1, 31]",
            "0 0 1 ? 13 *        | value 13 not in range [1, 12]",
            "0 0 1 ? * 0         | value 0 not in range [1, 7]",
            "0 0 1 ? * FUN       | 'FUN' is not a number or a name such as JAN or SUN",
            "0 0 1 * *           | has 5 fields, needs 6 or 7",
            "0 0 1 1 * MON       | names both a day-of-month (1) and a day-of-week (MON): put ? in one of them",
            "0 ? 1 * * *         | '?' is allowed only in day-of-month and day-of-week",
            "0 0/0 1 * * ?       | step 0 not in range",
            "0 0 1 31 FEB ?      | never occurs",
            "0 0 1 1-2-3 * ?     | range: 1-2-3",
            "0 0 1,,2 * * ?      | has an empty item",
            "0 0 1 * * ? 1969    | value 1969 not in range [1970, 2099]"
    })
    void invalidExpressionsSayWhatIsWrong(String expression, String message) {
        assertThatThrownBy(() -> CronSchedule.parse(expression))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo("schedule"));
    }

    @Test
    void errorsCanNameTheCallersSetting() {
        assertThatThrownBy(() -> CronSchedule.parse("0 61 1 * * ?", "cron"))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo("cron"))
                .hasMessage("cron: cron expression '0 61 1 * * ?': value 61 not in range [0, 59]");
    }

    @Test
    void emptyExpressionIsRejected() {
        assertThatThrownBy(() -> CronSchedule.parse("  ")).hasMessageContaining("has 0 fields, needs 6 or 7");
    }

    @Test
    void namesAreCaseInsensitiveAndJulyIsNotMistakenForL() {
        assertThat(next("0 0 6 1 jul ?", "2026-01-01T00:00:00")).isEqualTo(at("2026-07-01T06:00:00"));
        assertThat(next("0 0 6 ? * wed", "2026-11-22T00:00:00")).isEqualTo(at("2026-11-25T06:00:00"));
    }

    @Test
    void expressionIsKeptWithSingleSpaces() {
        assertThat(CronSchedule.parse("  0  11 1 * *   ? ").expression()).isEqualTo("0 11 1 * * ?");
    }
}
