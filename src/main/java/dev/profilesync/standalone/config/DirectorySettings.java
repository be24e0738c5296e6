package dev.profilesync.standalone.config;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.WriteBind;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the {@code directories} section and turns each entry into an {@link LdapDirectoryConfig}. */
final class DirectorySettings {
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private DirectorySettings() {
    }

    /** Checks everything but the password, so a bad file fails before anything is opened. */
    static void check(List<ConfigFile.Directory> directories) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < directories.size(); i++) {
            ConfigFile.Directory d = directories.get(i);
            String at = "directories[" + i + "]";
            if (d == null) {
                throw new ConfigException(at, "is empty: write the directory's settings in braces");
            }
            require(d.id() != null && ID.matcher(d.id()).matches(), at + ".id", "give each directory an id of "
                    + "letters, digits, '.', '_' or '-' (at most 64), e.g. \"corp\"");
            require(ids.add(d.id().toLowerCase(Locale.ROOT)), at + ".id",
                    "id '" + d.id() + "' is used by an earlier directory: give each directory its own id");
            String name = d.name() == null || d.name().isBlank() ? d.id() : d.name().trim();
            // Reports count per directory name: two directories with one name would share their counts.
            require(names.add(name.toLowerCase(Locale.ROOT)), at + ".name",
                    "name '" + name + "' is used by an earlier directory: give each directory its own name");
            checkUrl(at + ".url", d.url(), d.security());
            checkDn(at + ".baseDn", d.baseDn(), true);
            checkDn(at + ".bindDn", d.bindDn(), false);
            checkUserDn(at + ".userDn", d.userDn());
            checkFilter(at + ".userFilter", d.userFilter());
            checkAttribute(at + ".usernameAttribute", d.usernameAttribute());
            checkAttribute(at + ".uuidAttribute", d.uuidAttribute());
            checkAttribute(at + ".timestampAttribute", d.timestampAttribute());
            require(d.pageSize() == null || (d.pageSize() >= 1 && d.pageSize() <= 100_000), at + ".pageSize",
                    "page size must be from 1 to 100000 entries; use the server's limit or less (500 for a "
                            + "typical OpenLDAP reader, 1000 for Active Directory)");
            checkSeconds(at + ".connectTimeoutSeconds", d.connectTimeoutSeconds());
            checkSeconds(at + ".readTimeoutSeconds", d.readTimeoutSeconds());
        }
    }

    static LdapDirectoryConfig toConfig(ConfigFile.Directory d, int index, Secrets secrets) {
        String at = "directories[" + index + "]";
        boolean hasBindDn = d.bindDn() != null && !d.bindDn().isBlank();
        String password = secrets.password(at, d.passwordEnv(), d.passwordFile(), hasBindDn);
        LdapDirectoryConfig.Security security = d.security() != null ? d.security()
                : d.url().toLowerCase(Locale.ROOT).startsWith("ldaps://") ? LdapDirectoryConfig.Security.LDAPS
                : LdapDirectoryConfig.Security.NONE;
        try {
            return new LdapDirectoryConfig(d.id(), d.name(), d.url().trim(), security, trimmed(d.bindDn()), password,
                    d.baseDn().trim(), trimmed(d.userDn()), d.userFilter(), d.usernameAttribute(), d.uuidAttribute(),
                    d.timestampAttribute(), d.pagedResults() == null || d.pagedResults(),
                    d.pageSize() == null ? 500 : d.pageSize(), d.followReferrals() != null && d.followReferrals(),
                    seconds(d.connectTimeoutSeconds(), 10), seconds(d.readTimeoutSeconds(), 60),
                    writeBind(d.writeBind(), at + ".writeBind", secrets));
        } catch (InvalidSettingException e) {
            // The adapter's own checks, for anything the ones above let through.
            throw new ConfigException(at + "." + e.setting(), e.detail(), e);
        }
    }

    /** The write bind's password comes from env or file exactly as the read bind's does. */
    private static WriteBind writeBind(ConfigFile.WriteBind w, String at, Secrets secrets) {
        if (w == null || w.bindDn() == null || w.bindDn().isBlank()) {
            return WriteBind.OFF;
        }
        checkDn(at + ".bindDn", w.bindDn(), false);
        return new WriteBind(w.bindDn().trim(), secrets.password(at, w.passwordEnv(), w.passwordFile(), true));
    }

    private static void checkUrl(String setting, String url, LdapDirectoryConfig.Security security) {
        require(url != null && !url.isBlank(), setting, "give the server's address, e.g. ldap://ldap.example.com:389");
        String lower = url.trim().toLowerCase(Locale.ROOT);
        require(lower.startsWith("ldap://") || lower.startsWith("ldaps://"), setting,
                "'" + url + "' is not an LDAP URL: write ldap://host:port or ldaps://host:port");
        require(!(lower.startsWith("ldaps://") && security == LdapDirectoryConfig.Security.STARTTLS), setting,
                "an ldaps:// URL is already encrypted: use ldap:// with STARTTLS, or ldaps:// with LDAPS");
    }

    private static void checkDn(String setting, String dn, boolean required) {
        if (dn == null || dn.isBlank()) {
            require(!required, setting, "give the DN under which users are searched, e.g. dc=example,dc=com");
            return;
        }
        require(DN.isValidDN(dn.trim()), setting, "'" + dn + "' is not a valid DN: write it like "
                + "cn=reader,dc=example,dc=com, escaping ',' '+' '\"' '\\' '<' '>' ';' in values with '\\'");
    }

    private static void checkUserDn(String setting, String userDn) {
        require(userDn == null || userDn.isBlank() || DN.isValidDN(userDn.trim()), setting,
                "'" + userDn + "' is not a valid DN below the base DN: write it like ou=people");
    }

    private static void checkFilter(String setting, String filter) {
        if (filter == null || filter.isBlank()) {
            return;
        }
        try {
            Filter.create(filter.trim());
        } catch (LDAPException e) {
            throw new ConfigException(setting, "'" + filter + "' is not a valid LDAP filter: " + FilterProblem.of(e)
                    + "; write it like (&(objectClass=inetOrgPerson)(!(ou=robots))), each condition in parentheses, "
                    + "values with ( ) * \\ escaped as \\28 \\29 \\2a \\5c", e);
        }
    }

    private static void checkAttribute(String setting, String name) {
        require(name == null || name.isBlank() || ATTRIBUTE.matcher(name.trim()).matches(), setting,
                "'" + name + "' is not an LDAP attribute name: use letters, digits and '-', starting with a letter");
    }

    private static void checkSeconds(String setting, Integer seconds) {
        require(seconds == null || (seconds >= 1 && seconds <= 3600), setting,
                "give a number of seconds from 1 to 3600");
    }

    private static Duration seconds(Integer value, int fallback) {
        return Duration.ofSeconds(value == null ? fallback : value);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    static void require(boolean condition, String setting, String message) {
        if (!condition) {
            throw new ConfigException(setting, message);
        }
    }
}
