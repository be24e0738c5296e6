package dev.profilesync.confluence;

import com.atlassian.crowd.embedded.api.Directory;
import dev.profilesync.ldap.LdapDirectoryConfig;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the connection settings of one Confluence LDAP directory (its Crowd {@code ldap.*} attributes) into an
 * {@link LdapDirectoryConfig}. The bind password goes straight into the config and is never logged or shown.
 */
final class LdapDirectorySettings {
    static final String URL = "ldap.url";
    static final String SECURE = "ldap.secure";
    static final String REFERRAL = "ldap.referral";
    static final String BASE_DN = "ldap.basedn";
    static final String BIND_DN = "ldap.userdn";
    static final String PASSWORD = "ldap.password";
    static final String USER_DN = "ldap.user.dn";
    static final String USER_FILTER = "ldap.user.filter";
    static final String USERNAME_ATTRIBUTE = "ldap.user.username";
    static final String PAGED_RESULTS = "ldap.pagedresults";
    static final String PAGE_SIZE = "ldap.pagedresults.size";
    static final String EXTERNAL_ID = "ldap.external.id";
    static final String CONNECT_TIMEOUT_MILLIS = "ldap.connection.timeout";
    static final String READ_TIMEOUT_MILLIS = "ldap.read.timeout";
    /** For an internal directory with LDAP authentication: the LDAP implementation it delegates to. */
    static final String DELEGATED_TYPE = "crowd.delegated.directory.type";

    private LdapDirectorySettings() {
    }

    /** The config of this directory; throws {@link IllegalArgumentException} naming the attribute when unusable. */
    static LdapDirectoryConfig of(Directory directory) {
        Map<String, String> attributes = directory.getAttributes();
        String url = value(attributes, URL);
        if (url.isEmpty()) {
            throw new IllegalArgumentException("no LDAP server URL (" + URL + ") is configured in User Directories");
        }
        boolean activeDirectory = isActiveDirectory(directory);
        return new LdapDirectoryConfig(
                String.valueOf(directory.getId()),
                directory.getName(),
                url,
                security(url, value(attributes, SECURE)),
                value(attributes, BIND_DN),
                attributes.get(PASSWORD),
                value(attributes, BASE_DN),
                value(attributes, USER_DN),
                value(attributes, USER_FILTER),
                value(attributes, USERNAME_ATTRIBUTE),
                firstNonEmpty(value(attributes, EXTERNAL_ID), activeDirectory ? "objectGUID" : "entryUUID"),
                activeDirectory ? "whenChanged" : "modifyTimestamp",
                "true".equalsIgnoreCase(value(attributes, PAGED_RESULTS)),
                pageSize(attributes),
                "true".equalsIgnoreCase(value(attributes, REFERRAL)),
                millis(attributes, CONNECT_TIMEOUT_MILLIS),
                millis(attributes, READ_TIMEOUT_MILLIS));
    }

    private static LdapDirectoryConfig.Security security(String url, String secure) {
        if ("starttls".equalsIgnoreCase(secure)) {
            return LdapDirectoryConfig.Security.STARTTLS;
        }
        boolean ldaps = "true".equalsIgnoreCase(secure) || url.toLowerCase(Locale.ROOT).startsWith("ldaps:");
        return ldaps ? LdapDirectoryConfig.Security.LDAPS : LdapDirectoryConfig.Security.NONE;
    }

    private static boolean isActiveDirectory(Directory directory) {
        String implementation = firstNonEmpty(value(directory.getAttributes(), DELEGATED_TYPE),
                directory.getImplementationClass() == null ? "" : directory.getImplementationClass());
        return implementation.contains("ActiveDirectory");
    }

    /** 0 (no value set) lets the LDAP adapter choose a page size under the common server caps. */
    private static int pageSize(Map<String, String> attributes) {
        String raw = value(attributes, PAGE_SIZE);
        if (raw.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PAGE_SIZE + " must be a whole number of entries, got '" + raw
                    + "': correct it in User Directories", e);
        }
    }

    /** Empty attribute means "use the default"; Crowd keeps timeouts in milliseconds, 0 meaning none set. */
    private static Duration millis(Map<String, String> attributes, String key) {
        String raw = value(attributes, key);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(raw);
            return parsed > 0 ? Duration.ofMillis(parsed) : null;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number of milliseconds, got '" + raw
                    + "': correct it in User Directories", e);
        }
    }

    private static String value(Map<String, String> attributes, String key) {
        String raw = attributes.get(key);
        return raw == null ? "" : raw.trim();
    }

    private static String firstNonEmpty(String first, String second) {
        return first.isEmpty() ? second : first;
    }
}
