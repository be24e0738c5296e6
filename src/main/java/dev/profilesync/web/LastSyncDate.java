package dev.profilesync.web;

import dev.profilesync.core.InvalidSettingException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The "Last LDAP sync date" as admins read and type it: dd-MM-yyyy HH:mm:ss in the server's time zone. */
final class LastSyncDate {
    static final String PATTERN = "dd-MM-yyyy HH:mm:ss";
    static final String SETTING = "lastSyncDate";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private LastSyncDate() {
    }

    static String format(Optional<Instant> time, ZoneId zone) {
        return time.map(instant -> FORMAT.format(instant.atZone(zone))).orElse("");
    }

    /** Empty text means "no date": the next incremental sync runs full once. */
    static Optional<Instant> parse(String text, ZoneId zone, Instant now) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Instant instant;
        try {
            instant = LocalDateTime.parse(text.trim(), FORMAT).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(SETTING, "settings.lastsync.format", "'" + text.trim()
                    + "' is not a date in the format " + PATTERN + ", e.g. 21-11-2026 01:11:00; leave it empty to "
                    + "force one full sync", e);
        }
        if (instant.isAfter(now)) {
            throw new InvalidSettingException(SETTING, "settings.lastsync.future", "the last sync date "
                    + text.trim() + " is in the future, so the next incremental sync would miss changes: use a past "
                    + "date, or leave it empty to force one full sync");
        }
        return Optional.of(instant);
    }
}
