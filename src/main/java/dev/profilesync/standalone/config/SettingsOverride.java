package dev.profilesync.standalone.config;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.TimestampPattern;
import dev.profilesync.standalone.schedule.ScheduleFloor;

/**
 * The {@code settings} section: each property given replaces the stored setting, each one left out keeps it.
 * Checked when the file is loaded, against the defaults, so a bad value fails before anything is opened.
 */
public record SettingsOverride(ConfigFile.Settings given) {
    public static final SettingsOverride NONE = new SettingsOverride(null);

    static SettingsOverride checked(ConfigFile.Settings given) {
        SettingsOverride override = new SettingsOverride(given);
        Integer floor = given == null ? null : given.scheduleFloorMinutes();
        if (floor != null && (floor < 0 || floor > 1440)) {
            throw new ConfigException("settings.scheduleFloorMinutes", "give the shortest time between scheduled "
                    + "runs in minutes, from 0 (no floor) to 1440 (one day); 5 when left out");
        }
        override.applyTo(SyncSettings.defaults());
        return override;
    }

    /** The shortest interval a schedule may have: the file's {@code scheduleFloorMinutes}, else the default. */
    public ScheduleFloor scheduleFloor() {
        return given == null || given.scheduleFloorMinutes() == null ? ScheduleFloor.DEFAULT
                : ScheduleFloor.ofMinutes(given.scheduleFloorMinutes());
    }

    public boolean isEmpty() {
        return given == null;
    }

    /** The stored settings with the file's values in place of theirs. */
    public SyncSettings applyTo(SyncSettings stored) {
        if (given == null) {
            return stored;
        }
        try {
            SyncSettings result = stored;
            if (given.activeUserPolicy() != null) {
                result = result.withActiveUserPolicy(given.activeUserPolicy());
            }
            if (given.unlicensedPolicy() != null) {
                result = result.withUnlicensedPolicy(given.unlicensedPolicy());
            }
            if (given.incremental() != null || given.timestampPattern() != null) {
                result = result.withIncremental(
                        given.incremental() == null ? result.incrementalEnabled() : given.incremental(),
                        given.timestampPattern() == null ? result.timestampPattern()
                                : new TimestampPattern(given.timestampPattern()));
            }
            if (given.safetyThresholdPercent() != null) {
                result = result.withSafetyThreshold(given.safetyThresholdPercent());
            }
            if (given.batchSize() != null) {
                result = result.withBatchSize(given.batchSize());
            }
            if (given.schedule() != null) {
                result = result.withSchedule(scheduleFloor().check(given.schedule(), "schedule").expression());
            }
            return result;
        } catch (InvalidSettingException e) {
            throw new ConfigException("settings." + e.setting(), e.detail(), e);
        }
    }
}
