package dev.profilesync.ldap;

import java.time.Duration;

/** Test-data builder for {@link LdapDirectoryConfig}: sensible defaults, one wither per setting a test changes. */
final class ConfigBuilder {
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

    ConfigBuilder url(String value) {
        url = value;
        return this;
    }

    ConfigBuilder security(LdapDirectoryConfig.Security value) {
        security = value;
        return this;
    }

    ConfigBuilder bindDn(String value) {
        bindDn = value;
        return this;
    }

    ConfigBuilder password(String value) {
        password = value;
        return this;
    }

    ConfigBuilder baseDn(String value) {
        baseDn = value;
        return this;
    }

    ConfigBuilder userDn(String value) {
        userDn = value;
        return this;
    }

    ConfigBuilder userFilter(String value) {
        userFilter = value;
        return this;
    }

    ConfigBuilder usernameAttribute(String value) {
        usernameAttribute = value;
        return this;
    }

    ConfigBuilder uuidAttribute(String value) {
        uuidAttribute = value;
        return this;
    }

    ConfigBuilder timestampAttribute(String value) {
        timestampAttribute = value;
        return this;
    }

    ConfigBuilder pagedResults(boolean value) {
        pagedResults = value;
        return this;
    }

    ConfigBuilder pageSize(int value) {
        pageSize = value;
        return this;
    }

    ConfigBuilder followReferrals(boolean value) {
        followReferrals = value;
        return this;
    }

    ConfigBuilder connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    ConfigBuilder readTimeout(Duration value) {
        readTimeout = value;
        return this;
    }

    ConfigBuilder writeBind(String dn, String secret) {
        writeBind = new WriteBind(dn, secret);
        return this;
    }

    LdapDirectoryConfig build() {
        return new LdapDirectoryConfig("test", "Test directory", url, security, bindDn, password, baseDn, userDn,
                userFilter, usernameAttribute, uuidAttribute, timestampAttribute, pagedResults, pageSize,
                followReferrals, connectTimeout, readTimeout, writeBind);
    }

    LdapDirectoryReader reader() {
        return new LdapDirectoryReader(build());
    }
}
