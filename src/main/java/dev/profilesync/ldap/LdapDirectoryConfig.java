package dev.profilesync.ldap;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach and read one LDAP directory. Immutable; validated when built. {@link #toString()} never shows the
 * bind password.
 *
 * @param id                 stable id (Confluence: the Crowd directory id; standalone: from the config file)
 * @param name               shown in reports
 * @param url                ldap://host:port or ldaps://host:port (an ldaps:// URL implies LDAPS); several separated by
 *                           spaces are failover servers, tried in order
 * @param security           NONE, LDAPS or STARTTLS; certificates are checked against the JVM's trust store
 * @param bindDn             DN to bind as; empty for anonymous
 * @param password           bind password; never logged or shown
 * @param baseDn             search base
 * @param userDn             additional DN below the base where users live, e.g. {@code ou=people}; may be empty
 * @param userFilter         the admin's filter selecting user entries, e.g. {@code (objectClass=inetOrgPerson)};
 *                           parsed when the config is built
 * @param usernameAttribute  attribute holding the username, e.g. {@code uid} or {@code sAMAccountName}
 * @param uuidAttribute      attribute holding the entry's stable id, {@code entryUUID} or {@code objectGUID}
 * @param timestampAttribute change timestamp for incremental syncs, {@code modifyTimestamp} or {@code whenChanged}
 * @param pagedResults       use the RFC 2696 paged results control
 * @param pageSize           entries per page; 0 or less means {@value #DEFAULT_PAGE_SIZE}
 * @param followReferrals    follow referrals; when false they are ignored (logged), as AD needs at the domain root
 * @param connectTimeout     how long to wait for a connection (and the TLS handshake); zero waits forever
 * @param readTimeout        how long to wait for each answer; zero waits forever
 * @param writeBind          the account write-back binds as; {@link WriteBind#OFF} when write-back is off
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
        Duration readTimeout,
        WriteBind writeBind) {

    /** How the connection is protected. */
    public enum Security {
        NONE,
        LDAPS,
        STARTTLS
    }

    /** Entries per page when none is set: under the common server caps (OpenLDAP 500, Active Directory 1000). */
    public static final int DEFAULT_PAGE_SIZE = 500;

    /**
     * Fills in defaults and checks every setting.
     *
     * @throws dev.profilesync.core.InvalidSettingException naming the setting, when a value cannot be used (an
     *                                                      unparsable userFilter, URL or DN, an attribute name that
     *                                                      is not one, LDAPS and StartTLS together)
     */
    public LdapDirectoryConfig {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        url = String.join(" ", SettingChecks.urls(url));
        security = security == null ? Security.NONE : security;
        if (SettingChecks.isLdapsUrl(url)) {
            SettingChecks.require(security != Security.STARTTLS, "security", "ldap.security.conflict",
                    "StartTLS cannot run on an ldaps:// URL: use security LDAPS, or STARTTLS with ldap://host:389");
            security = Security.LDAPS;
        }
        bindDn = bindDn == null ? "" : bindDn.trim();
        SettingChecks.dn(bindDn, "bindDn", false);
        password = password == null ? "" : password;
        baseDn = baseDn == null ? "" : baseDn.trim();
        SettingChecks.dn(baseDn, "baseDn", true);
        userDn = userDn == null ? "" : userDn.trim();
        SettingChecks.dn(userDn, "userDn", false);
        userFilter = userFilter == null || userFilter.isBlank() ? "(objectClass=inetOrgPerson)" : userFilter.trim();
        SettingChecks.userFilter(userFilter);
        usernameAttribute = usernameAttribute == null || usernameAttribute.isBlank() ? "uid" : usernameAttribute.trim();
        SettingChecks.attribute(usernameAttribute, "usernameAttribute");
        uuidAttribute = uuidAttribute == null || uuidAttribute.isBlank() ? "entryUUID" : uuidAttribute.trim();
        SettingChecks.attribute(uuidAttribute, "uuidAttribute");
        timestampAttribute = timestampAttribute == null || timestampAttribute.isBlank() ? "modifyTimestamp"
                : timestampAttribute.trim();
        SettingChecks.attribute(timestampAttribute, "timestampAttribute");
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : pageSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        SettingChecks.nonNegative(connectTimeout, "connectTimeout");
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
        SettingChecks.nonNegative(readTimeout, "readTimeout");
        writeBind = writeBind == null ? WriteBind.OFF : writeBind;
    }

    /** A directory that is only read: write-back off. */
    public LdapDirectoryConfig(String id, String name, String url, Security security, String bindDn, String password,
                               String baseDn, String userDn, String userFilter, String usernameAttribute,
                               String uuidAttribute, String timestampAttribute, boolean pagedResults, int pageSize,
                               boolean followReferrals, Duration connectTimeout, Duration readTimeout) {
        this(id, name, url, security, bindDn, password, baseDn, userDn, userFilter, usernameAttribute, uuidAttribute,
                timestampAttribute, pagedResults, pageSize, followReferrals, connectTimeout, readTimeout, WriteBind.OFF);
    }

    /**
     * This directory with another write bind: for a host that keeps the write account itself (Confluence), since
     * the directory's own settings have no place for one.
     */
    public LdapDirectoryConfig withWriteBind(WriteBind bind) {
        return new LdapDirectoryConfig(id, name, url, security, bindDn, password, baseDn, userDn, userFilter,
                usernameAttribute, uuidAttribute, timestampAttribute, pagedResults, pageSize, followReferrals,
                connectTimeout, readTimeout, bind);
    }

    /**
     * The same directory reached as the write bind: its DN and password in place of the read bind's, so every
     * other setting (servers, TLS, timeouts) stays the one the sync uses.
     */
    LdapDirectoryConfig asWriter() {
        return new LdapDirectoryConfig(id, name, url, security, writeBind.bindDn(), writeBind.password(), baseDn,
                userDn, userFilter, usernameAttribute, uuidAttribute, timestampAttribute, pagedResults, pageSize,
                followReferrals, connectTimeout, readTimeout, writeBind);
    }

    /** The servers of {@link #url}, in the order they are tried: one, or several separated by spaces. */
    public List<String> urls() {
        return List.of(url.split(" "));
    }

    /** The DN under which users are searched: {@link #userDn} below {@link #baseDn}. */
    public String userBase() {
        return userDn.isEmpty() ? baseDn : userDn + "," + baseDn;
    }

    @Override
    public String toString() {
        return "LdapDirectoryConfig[id=" + id + ", name=" + name + ", url=" + url + ", security=" + security
                + ", bindDn=" + bindDn + ", password=" + (password.isEmpty() ? "(none)" : "(hidden)")
                + ", baseDn=" + baseDn + ", userDn=" + userDn + ", userFilter=" + userFilter
                + ", usernameAttribute=" + usernameAttribute + ", uuidAttribute=" + uuidAttribute
                + ", timestampAttribute=" + timestampAttribute + ", pagedResults=" + pagedResults
                + ", pageSize=" + pageSize + ", followReferrals=" + followReferrals
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeBind=" + writeBind + "]";
    }
}
