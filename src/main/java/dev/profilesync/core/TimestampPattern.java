package dev.profilesync.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How a point in time is written in the directory's change-timestamp filter, e.g. {@code modifyTimestamp>=...}.
 * The pattern uses {@link DateTimeFormatter} letters and is always applied in UTC. A trailing {@code Z} stands for
 * the literal UTC designator of LDAP generalized time, and {@code .Z} for Active Directory's {@code .0Z}, so the two
 * presets admins know from other tools give what the servers expect:
 * {@code yyyyMMddHHmmssZ} gives {@code 20261121234443Z} (OpenLDAP), {@code yyyyMMddHHmmss.Z} gives
 * {@code 20261121234443.0Z} (Active Directory).
 */
public record TimestampPattern(String pattern) {

    public static final TimestampPattern OPENLDAP = new TimestampPattern("yyyyMMddHHmmssZ");
    public static final TimestampPattern ACTIVE_DIRECTORY = new TimestampPattern("yyyyMMddHHmmss.Z");

    public TimestampPattern {
        InvalidSettingException.require(pattern != null && !pattern.isBlank(), "timestampPattern",
                "settings.timestamp.empty", "timestamp pattern is empty: use yyyyMMddHHmmssZ (OpenLDAP) or yyyyMMddHHmmss.Z (Active Directory)");
        pattern = pattern.trim();
        for (String part : new String[] {"yyyy", "MM", "dd", "HH", "mm", "ss"}) {
            InvalidSettingException.require(pattern.contains(part), "timestampPattern", "settings.timestamp.incomplete",
                    "timestamp pattern '" + pattern + "' lacks '" + part
                            + "': use yyyyMMddHHmmssZ (OpenLDAP) or yyyyMMddHHmmss.Z (Active Directory)");
        }
        try {
            formatter(pattern).format(Instant.EPOCH);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidSettingException("timestampPattern", "settings.timestamp.invalid",
                    "timestamp pattern '" + pattern + "' is not a valid date pattern (" + e.getMessage()
                            + "): use yyyyMMddHHmmssZ (OpenLDAP) or yyyyMMddHHmmss.Z (Active Directory)", e);
        }
    }

    public String format(Instant instant) {
        return formatter(pattern).format(instant);
    }

    private static DateTimeFormatter formatter(String pattern) {
        String javaPattern = pattern;
        if (javaPattern.endsWith(".Z")) {
            javaPattern = javaPattern.substring(0, javaPattern.length() - 2) + "'.0Z'";
        } else if (javaPattern.endsWith("Z")) {
            javaPattern = javaPattern.substring(0, javaPattern.length() - 1) + "'Z'";
        }
        return DateTimeFormatter.ofPattern(javaPattern).withZone(ZoneOffset.UTC);
    }
}
