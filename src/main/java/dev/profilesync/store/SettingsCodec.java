package dev.profilesync.store;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.TimestampPattern;
import dev.profilesync.core.UnlicensedUserPolicy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SyncSettings} and {@link SyncState} as named text values, one row each. A name that is not stored takes its
 * default, so a setting added in a later version reads from an older database. Times are ISO-8601 instants, which
 * read back exactly as written.
 */
final class SettingsCodec {
    static final String SETTINGS = "settings.";
    static final String STATE = "state.";

    private SettingsCodec() {
    }

    static Map<String, String> encode(SyncSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SETTINGS + "activeUserPolicy", settings.activeUserPolicy().name());
        values.put(SETTINGS + "unlicensedPolicy", settings.unlicensedPolicy().name());
        values.put(SETTINGS + "incrementalEnabled", Boolean.toString(settings.incrementalEnabled()));
        values.put(SETTINGS + "timestampPattern", settings.timestampPattern().pattern());
        values.put(SETTINGS + "loginSyncEnabled", Boolean.toString(settings.loginSyncEnabled()));
        values.put(SETTINGS + "safetyThresholdPercent", Integer.toString(settings.safetyThresholdPercent()));
        values.put(SETTINGS + "batchSize", Integer.toString(settings.batchSize()));
        values.put(SETTINGS + "schedule", settings.schedule());
        values.put(SETTINGS + "pictureReplacesUploaded", Boolean.toString(settings.pictureReplacesUploaded()));
        return values;
    }

    static SyncSettings settings(Map<String, String> stored) {
        SyncSettings defaults = SyncSettings.defaults();
        Stored values = new Stored(stored, SETTINGS);
        return new SyncSettings(
                values.enumValue("activeUserPolicy", ActiveUserPolicy.class, defaults.activeUserPolicy()),
                values.enumValue("unlicensedPolicy", UnlicensedUserPolicy.class, defaults.unlicensedPolicy()),
                values.bool("incrementalEnabled", defaults.incrementalEnabled()),
                new TimestampPattern(values.text("timestampPattern", defaults.timestampPattern().pattern())),
                values.bool("loginSyncEnabled", defaults.loginSyncEnabled()),
                values.integer("safetyThresholdPercent", defaults.safetyThresholdPercent()),
                values.integer("batchSize", defaults.batchSize()),
                values.text("schedule", defaults.schedule()),
                values.bool("pictureReplacesUploaded", defaults.pictureReplacesUploaded()));
    }

    static Map<String, String> encode(SyncState state) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(STATE + "lastSyncTime", state.lastSyncTime().map(Instant::toString).orElse(""));
        values.put(STATE + "mappingFingerprint", state.mappingFingerprint());
        values.put(STATE + "lastFullEntryCount", Long.toString(state.lastFullEntryCount()));
        return values;
    }

    static SyncState state(Map<String, String> stored) {
        Stored values = new Stored(stored, STATE);
        String time = values.text("lastSyncTime", "");
        Optional<Instant> lastSync;
        try {
            lastSync = time.isBlank() ? Optional.empty() : Optional.of(Instant.parse(time));
        } catch (DateTimeParseException e) {
            throw values.invalid("lastSyncTime", time, "an ISO-8601 instant such as 2026-01-31T01:11:00Z");
        }
        return new SyncState(lastSync, values.text("mappingFingerprint", ""),
                values.longValue("lastFullEntryCount", 0));
    }

    /** Stored text values under one prefix; a missing value gives the default, a malformed one a clear error. */
    private record Stored(Map<String, String> values, String prefix) {
        String text(String name, String fallback) {
            String value = values.get(prefix + name);
            return value == null ? fallback : value;
        }

        boolean bool(String name, boolean fallback) {
            String value = text(name, Boolean.toString(fallback)).trim().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw invalid(name, value, "true or false");
            }
            return value.equals("true");
        }

        int integer(String name, int fallback) {
            String value = text(name, Integer.toString(fallback)).trim();
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw invalid(name, value, "a whole number");
            }
        }

        long longValue(String name, long fallback) {
            String value = text(name, Long.toString(fallback)).trim();
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw invalid(name, value, "a whole number");
            }
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
            String value = text(name, fallback.name()).trim();
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw invalid(name, value, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }

        InvalidSettingException invalid(String name, String value, String expected) {
            return new InvalidSettingException(name, "settings.stored.invalid", "the stored value '" + value
                    + "' is not " + expected + ": save the setting again from the admin page");
        }
    }
}
