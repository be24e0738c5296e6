package dev.profilesync.standalone.schedule;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.profilesync.core.InvalidSettingException;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text as a cron expression: it is either refused with the setting's own exception and a message naming the
 * expression, or accepted, and then its next run is strictly later and itself a run of the expression. Inputs are
 * UTF-8 text files, so the corpus under src/test/resources can be read and extended by hand.
 */
class CronFuzzTest {
    /** Half an hour before a daylight-saving gap: a run inside it is shifted by the gap (see CronSchedule). */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final ZonedDateTime NOW_UTC = NOW.withZoneSameInstant(ZoneOffset.UTC);

    @FuzzTest(maxDuration = "10s")
    void anyTextIsRefusedPlainlyOrSchedulesForward(FuzzedDataProvider data) {
        String expression = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        CronSchedule schedule;
        try {
            schedule = CronSchedule.parse(expression);
        } catch (InvalidSettingException e) {
            assertThat(e.setting()).isEqualTo("schedule");
            assertThat(e.detail()).startsWith("cron expression '").doesNotContain("Exception");
            return;
        }
        schedule.nextAfter(NOW).ifPresent(time -> assertThat(time).isAfter(NOW));
        // Without daylight saving, the next run is itself a run: asking just before it finds it again.
        Optional<ZonedDateTime> next = schedule.nextAfter(NOW_UTC);
        next.ifPresent(time -> {
            assertThat(time).isAfter(NOW_UTC);
            assertThat(schedule.nextAfter(time.minusSeconds(1))).contains(time);
        });
        try {
            ScheduleFloor.DEFAULT.check(expression, "schedule");
        } catch (InvalidSettingException e) {
            assertThat(e.detail()).contains("more often than every 5 minutes");
        }
    }
}
