package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.core.InvalidSettingException;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the settings of {@link LdapDirectoryConfig} when it is built, so that a bad value is reported once, naming
 * the setting, instead of failing every search. Stateless.
 */
final class SettingChecks {
    /** An attribute description as RFC 4512 allows it: a name or an OID, with no options. */
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+");

    private SettingChecks() {
    }

    /**
     * Checks the url setting: one LDAP URL, or several separated by spaces (failover servers, tried in order, as
     * JNDI and Crowd's {@code ldap.url} take them); returns them in order. They must all use the same scheme, since
     * LDAPS is set for the connection, not per server.
     */
    static List<String> urls(String url) {
        require(url != null && !url.isBlank(), "url", "ldap.url.empty",
                "the directory URL is empty: use ldap://host:389 or ldaps://host:636");
        List<String> urls = List.of(url.trim().split("\\s+"));
        urls.forEach(SettingChecks::oneUrl);
        require(urls.stream().map(SettingChecks::isLdapsUrl).distinct().count() == 1, "url", "ldap.url.mixed",
                "'" + url + "' mixes ldap:// and ldaps:// servers: use one scheme for all failover servers");
        return urls;
    }

    private static void oneUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("url", "ldap.url.invalid",
                    "'" + url + "' is not a URL: use ldap://host:389 or ldaps://host:636");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        require(scheme.equals("ldap") || scheme.equals("ldaps"), "url", "ldap.url.scheme",
                "'" + url + "' does not start with ldap:// or ldaps://");
        require(uri.getHost() != null, "url", "ldap.url.host",
                "'" + url + "' names no host: use ldap://host:389 or ldaps://host:636");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // A DN in the URL would become the root of every name; the search base belongs in baseDn.
        require(path.isEmpty() || path.equals("/"), "url", "ldap.url.path",
                "'" + url + "' contains a path: put the search base into baseDn and keep the url to ldap://host:port");
    }

    static boolean isLdapsUrl(String url) {
        return url.trim().toLowerCase(Locale.ROOT).startsWith("ldaps:");
    }

    static void dn(String value, String setting, boolean required) {
        if (value == null || value.isBlank()) {
            require(!required, setting, "ldap." + setting + ".empty",
                    setting + " is empty: enter a DN such as dc=example,dc=com");
            return;
        }
        try {
            new LdapName(value);
        } catch (InvalidNameException | IllegalArgumentException e) {
            throw invalid(setting, "ldap." + setting + ".invalid",
                    "'" + value + "' is not a valid DN: write it like ou=people,dc=example,dc=com");
        }
    }

    static void attribute(String value, String setting) {
        require(ATTRIBUTE.matcher(value).matches(), setting, "ldap." + setting + ".invalid",
                "'" + value + "' is not an LDAP attribute name: use a name like uid, sAMAccountName or "
                        + "modifyTimestamp");
    }

    /** Parses the admin's filter; returns it in the normal RFC 4515 form that every LDAP client reads alike. */
    static String userFilter(String filter) {
        try {
            // Encoded and decoded again, the filter forgets the admin's spelling and prints in normal form.
            return Filter.decode(Filter.create(filter).encode()).toString();
        } catch (LDAPException e) {
            throw invalid("userFilter", "ldap.userFilter.invalid", "'" + filter + "' is not a valid LDAP filter ("
                    + e.getMessage() + "): write it like (objectClass=inetOrgPerson) or "
                    + "(&(objectCategory=person)(objectClass=user))");
        }
    }

    static void nonNegative(java.time.Duration value, String setting) {
        require(!value.isNegative(), setting, "ldap." + setting + ".negative",
                setting + " is negative: use a duration of zero (no limit) or more");
    }

    static void require(boolean condition, String setting, String messageKey, String message) {
        if (!condition) {
            throw invalid(setting, messageKey, message);
        }
    }

    private static InvalidSettingException invalid(String setting, String messageKey, String message) {
        return new InvalidSettingException(setting, messageKey, message);
    }
}
