package dev.profilesync.ldap;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and read one LDAP directory. Immutable; validated when built. {@link #toString()} never shows the
 * bind password.
 *
 * @param id                 stable id (Confluence: the Crowd directory id; standalone: from the config file)
 * @param name               shown in reports
 * @param url                ldap://host:port or ldaps://host:port
 * @param security           NONE, LDAPS or STARTTLS
 * @param bindDn             DN to bind as; empty for anonymous
 * @param password           bind password; never logged or shown
 * @param baseDn             search base
 * @param userDn             additional DN below the base where users live, e.g. {@code ou=people}; may be empty
 * @param userFilter         the admin's filter selecting user entries, e.g. {@code (objectClass=inetOrgPerson)}
 * @param usernameAttribute  attribute holding the username, e.g. {@code uid} or {@code sAMAccountName}
 * @param uuidAttribute      attribute holding the entry's stable id, {@code entryUUID} or {@code objectGUID}
 * @param timestampAttribute change timestamp for incremental syncs, {@code modifyTimestamp} or {@code whenChanged}
 * @param pagedResults       use the RFC 2696 paged results control
 * @param pageSize           entries per page
 * @param followReferrals    follow referrals; when false they are ignored (logged), as AD needs at the domain root
 * @param connectTimeout     how long to wait for a connection
 * @param readTimeout        how long to wait for each answer
 */
public record LdapDirectoryConfig(
        String id,
        String name,
        String url,
        Security security,
        String bindDn,
        String password,
        String baseDn,
        String userDn,
        String userFilter,
        String usernameAttribute,
        String uuidAttribute,
        String timestampAttribute,
        boolean pagedResults,
        int pageSize,
        boolean followReferrals,
        Duration connectTimeout,
        Duration readTimeout) {

    /** How the connection is protected. */
    public enum Security {
        NONE,
        LDAPS,
        STARTTLS
    }

    public LdapDirectoryConfig {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        security = security == null ? Security.NONE : security;
        bindDn = bindDn == null ? "" : bindDn;
        password = password == null ? "" : password;
        userDn = userDn == null ? "" : userDn;
        userFilter = userFilter == null || userFilter.isBlank() ? "(objectClass=inetOrgPerson)" : userFilter.trim();
        usernameAttribute = usernameAttribute == null || usernameAttribute.isBlank() ? "uid" : usernameAttribute;
        uuidAttribute = uuidAttribute == null || uuidAttribute.isBlank() ? "entryUUID" : uuidAttribute;
        timestampAttribute = timestampAttribute == null || timestampAttribute.isBlank() ? "modifyTimestamp"
                : timestampAttribute;
        pageSize = pageSize <= 0 ? 500 : pageSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    }

    @Override
    public String toString() {
        return "LdapDirectoryConfig[id=" + id + ", name=" + name + ", url=" + url + ", security=" + security
                + ", bindDn=" + bindDn + ", password=" + (password.isEmpty() ? "(none)" : "(hidden)")
                + ", baseDn=" + baseDn + ", userDn=" + userDn + ", userFilter=" + userFilter
                + ", usernameAttribute=" + usernameAttribute + ", uuidAttribute=" + uuidAttribute
                + ", timestampAttribute=" + timestampAttribute + ", pagedResults=" + pagedResults
                + ", pageSize=" + pageSize + ", followReferrals=" + followReferrals
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
