package dev.profilesync.standalone.http;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.port.ScheduleInfo;
import dev.profilesync.core.port.SettingsStore;
import dev.profilesync.standalone.schedule.StandaloneSchedule;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
    private AoStores stores;
    private SettingsStore settings;
    private StandaloneSchedule schedule;
    private final List<String> rescheduled = new ArrayList<>();

    @BeforeEach
    void openStore() {
        stores = EmbeddedStores.open(new DatabaseConfig("jdbc:hsqldb:mem:schedule-" + UUID.randomUUID(), "SA", ""));
        settings = stores.settings();
        schedule = new StandaloneSchedule(settings, DAILY, () -> true, rescheduled::add,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        stores.close();
    }

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
}
