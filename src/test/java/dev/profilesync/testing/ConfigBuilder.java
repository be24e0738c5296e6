package dev.profilesync.testing;

import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.ldap.WriteBind;

import java.time.Duration;

/** Test-data builder for {@link LdapDirectoryConfig}: sensible defaults, one wither per setting a test changes. */
public final class ConfigBuilder {
    private String id = "test";
    private String name = "Test directory";
    private String url = "ldap://127.0.0.1:389";
    private LdapDirectoryConfig.Security security = LdapDirectoryConfig.Security.NONE;
    private String bindDn = "";
    private String password = "";
    private String baseDn = TestDirectory.BASE;
    private String userDn = "";
    private String userFilter = "(objectClass=inetOrgPerson)";
    private String usernameAttribute = "uid";
    private String uuidAttribute = "entryUUID";
    private String timestampAttribute = "modifyTimestamp";
    private boolean pagedResults = true;
    private int pageSize = 500;
    private boolean followReferrals;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(10);

    private WriteBind writeBind = WriteBind.OFF;

    /** The directory's id and the name the admin page shows. */
    public ConfigBuilder id(String id, String name) {
        this.id = id;
        this.name = name;
        return this;
    }

    public ConfigBuilder url(String value) {
        url = value;
        return this;
    }

    public ConfigBuilder security(LdapDirectoryConfig.Security value) {
        security = value;
        return this;
    }

    public ConfigBuilder bindDn(String value) {
        bindDn = value;
        return this;
    }

    public ConfigBuilder password(String value) {
        password = value;
        return this;
    }

    public ConfigBuilder baseDn(String value) {
        baseDn = value;
        return this;
    }

    public ConfigBuilder userDn(String value) {
        userDn = value;
        return this;
    }

    public ConfigBuilder userFilter(String value) {
        userFilter = value;
        return this;
    }

    public ConfigBuilder usernameAttribute(String value) {
        usernameAttribute = value;
        return this;
    }

    public ConfigBuilder uuidAttribute(String value) {
        uuidAttribute = value;
        return this;
    }

    public ConfigBuilder timestampAttribute(String value) {
        timestampAttribute = value;
        return this;
    }

    public ConfigBuilder pagedResults(boolean value) {
        pagedResults = value;
        return this;
    }

    public ConfigBuilder pageSize(int value) {
        pageSize = value;
        return this;
    }

    public ConfigBuilder followReferrals(boolean value) {
        followReferrals = value;
        return this;
    }

    public ConfigBuilder connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    public ConfigBuilder readTimeout(Duration value) {
        readTimeout = value;
        return this;
    }

    public ConfigBuilder writeBind(String dn, String secret) {
        writeBind = new WriteBind(dn, secret);
        return this;
    }

    public LdapDirectoryConfig build() {
        return new LdapDirectoryConfig(id, name, url, security, bindDn, password, baseDn, userDn,
                userFilter, usernameAttribute, uuidAttribute, timestampAttribute, pagedResults, pageSize,
                followReferrals, connectTimeout, readTimeout, writeBind);
    }

    public LdapDirectoryReader reader() {
        return new LdapDirectoryReader(build());
    }
}
