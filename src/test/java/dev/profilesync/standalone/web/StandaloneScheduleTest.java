package dev.profilesync.standalone.web;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SettingsStore;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.web.ScheduleInfo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandaloneScheduleTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    /** Accepts only "0 M H * * ?" and fires at H:M the next day: enough to see the adapter's part. */
    private static final StandaloneSchedule.CronRules DAILY = (cron, after) -> {
        String[] parts = cron.split(" ");
        if (parts.length != 6 || !parts[0].equals("0")) {
            throw new InvalidSettingException("cron", "schedule.cron.invalid", "'" + cron + "' is not valid");
        }
        return Optional.of(after.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)
                .atTime(Integer.parseInt(parts[2]), Integer.parseInt(parts[1])).toInstant(ZoneOffset.UTC));
    };
    private final Settings settings = new Settings();
    private final List<String> rescheduled = new ArrayList<>();
    private final StandaloneSchedule schedule = new StandaloneSchedule(settings, DAILY, () -> true, rescheduled::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void showsTheStoredExpressionAndItsNextRunAsEditable() {
        ScheduleInfo info = schedule.current();
        assertThat(info.jobName()).isEqualTo("External User Directory Sync Job");
        assertThat(info.cron()).isEqualTo("0 11 1 * * ?");
        assertThat(info.nextRun()).contains(Instant.parse("2026-11-22T01:11:00Z"));
        assertThat(info.editable()).isTrue();
        assertThat(info.adminLink()).isEmpty();
    }

    @Test
    void aValidExpressionIsSavedAndTheJobRescheduled() {
        schedule.update("0 30 2 * * ?");
        assertThat(settings.settings().schedule()).isEqualTo("0 30 2 * * ?");
        assertThat(rescheduled).containsExactly("0 30 2 * * ?");
    }

    @Test
    void anInvalidExpressionChangesNothing() {
        assertThatThrownBy(() -> schedule.update("every night")).isInstanceOf(InvalidSettingException.class)
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("cron");
        assertThat(settings.settings().schedule()).isEqualTo(SyncSettings.DEFAULT_SCHEDULE);
        assertThat(rescheduled).isEmpty();
    }

    @Test
    void aDisabledJobHasNoNextRun() {
        StandaloneSchedule off = new StandaloneSchedule(settings, DAILY, () -> false, rescheduled::add,
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(off.current().enabled()).isFalse();
        assertThat(off.current().nextRun()).isEmpty();
    }

    /** Settings held in memory: this test is about the schedule adapter, not storage. */
    private static final class Settings implements SettingsStore {
        private SyncSettings settings = SyncSettings.defaults();

        public List<FieldDefinition> fields() {
            return List.of();
        }

        public void saveFields(List<FieldDefinition> fields) {
            throw new UnsupportedOperationException();
        }

        public SyncSettings settings() {
            return settings;
        }

        public void saveSettings(SyncSettings saved) {
            settings = saved;
        }

        public SyncState state() {
            return SyncState.initial();
        }

        public void saveState(SyncState state) {
            throw new UnsupportedOperationException();
        }
    }
}
