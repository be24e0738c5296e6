package dev.profilesync.standalone.schedule;

import dev.profilesync.core.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleFloorTest {

    @ParameterizedTest
    @ValueSource(strings = {"* * * * * ?", "0 * * * * ?", "0 0/4 * * * ?", "0 0,1 3 * * ?", "0 58,59 23,0 * * ?",
            "*/30 0 2 * * ?", "0 0/2 9-17 ? * MON-FRI", "0 59,2 23,0 * * ?"})
    void expressionsFiringMoreOftenThanEveryFiveMinutesAreRefused(String cron) {
        assertThatThrownBy(() -> ScheduleFloor.DEFAULT.check(cron, "schedule"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("more often than every 5 minutes")
                .hasMessageContaining("e.g. 0 0/15 * * * ?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 11 1 * * ?", "0 0/5 * * * ?", "0 0/15 9-17 ? * MON-FRI", "0 0 0 29 2 ?",
            "0 0 0,23 ? * *"})
    void expressionsAtLeastFiveMinutesApartAreKept(String cron) {
        assertThat(ScheduleFloor.DEFAULT.check(cron, "schedule").expression()).isEqualTo(cron);
    }

    @Test
    void theFloorIsConfigurable() {
        String cron = "0 * * * * ?";
        assertThat(ScheduleFloor.ofMinutes(1).check(cron, "cron").expression()).isEqualTo(cron);
        assertThatThrownBy(() -> ScheduleFloor.ofMinutes(2).check(cron, "cron"))
                .hasMessageContaining("runs every minute, more often than every 2 minutes");
    }
}
