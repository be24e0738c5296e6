package dev.profilesync.standalone.bench;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.standalone.demo.DemoOrganisation;
import dev.profilesync.standalone.demo.EmbeddedDirectory;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;

/**
 * The directory a benchmark fills and reads: the embedded in-memory server, or a real server reached through a bind
 * that may write (e.g. slapd's rootDN). On a real server everything happens under {@code ou=bench-people} below the
 * given base DN, which is deleted and recreated first so that reruns start clean.
 */
public abstract class BenchDirectory implements AutoCloseable {
    public static final String CONTAINER = "ou=bench-people";

    /** What to print about it. */
    public abstract String describe();

    /** The DN of the container the people go in. */
    public abstract String peopleDn();

    /** How the sync reads it. */
    public abstract LdapDirectoryConfig readerConfig(int pageSize);

    /** Adds the organisation's container and people. */
    public abstract void load(DemoOrganisation organisation) throws LDAPException;

    /** Changes entries through LDAP, so the server sets their modifyTimestamp. */
    public abstract void modify(List<ModifyRequest> modifications) throws LDAPException;

    @Override
    public abstract void close();

    public static BenchDirectory embedded() {
        return new Embedded(EmbeddedDirectory.start());
    }

    /** @throws LDAPException when the server cannot be reached or the bind fails */
    public static BenchDirectory remote(String url, String bindDn, String password, String baseDn)
            throws LDAPException, GeneralSecurityException {
        LDAPURL parsed = new LDAPURL(url);
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(10_000);
        options.setResponseTimeoutMillis(120_000);
        LDAPConnection connection = parsed.getScheme().equalsIgnoreCase("ldaps")
                ? new LDAPConnection(new SSLUtil(JVMDefaultTrustManager.getInstance()).createSSLSocketFactory(),
                        options, parsed.getHost(), parsed.getPort())
                : new LDAPConnection(options, parsed.getHost(), parsed.getPort());
        try {
            connection.bind(bindDn, password);
        } catch (LDAPException e) {
            connection.close();
            throw e;
        }
        return new Remote(connection, url, bindDn, password, baseDn);
    }

    private static final class Embedded extends BenchDirectory {
        private final EmbeddedDirectory directory;

        Embedded(EmbeddedDirectory directory) {
            this.directory = directory;
        }

        @Override
        public String describe() {
            return "embedded in-memory LDAP (UnboundID) at " + directory.url();
        }

        @Override
        public String peopleDn() {
            return CONTAINER + "," + EmbeddedDirectory.BASE_DN;
        }

        @Override
        public LdapDirectoryConfig readerConfig(int pageSize) {
            LdapDirectoryConfig base = directory.readerConfig("bench", "Benchmark directory", CONTAINER);
            return withPageSize(base, pageSize);
        }

        @Override
        public void load(DemoOrganisation organisation) {
            directory.add(List.of(organisation.container()));
            directory.add(organisation.people());
        }

        @Override
        public void modify(List<ModifyRequest> modifications) throws LDAPException {
            try (LDAPConnection connection = directory.connection()) {
                new LdapBulk(connection).modify(modifications);
            }
        }

        @Override
        public void close() {
            directory.close();
        }
    }

    private static final class Remote extends BenchDirectory {
        private final LDAPConnection connection;
        private final String url;
        private final String bindDn;
        private final String password;
        private final String baseDn;

        Remote(LDAPConnection connection, String url, String bindDn, String password, String baseDn) {
            this.connection = connection;
            this.url = url;
            this.bindDn = bindDn;
            this.password = password;
            this.baseDn = baseDn;
        }

        @Override
        public String describe() {
            return url + " as " + bindDn + ", entries under " + peopleDn();
        }

        @Override
        public String peopleDn() {
            return CONTAINER + "," + baseDn;
        }

        @Override
        public LdapDirectoryConfig readerConfig(int pageSize) {
            return new LdapDirectoryConfig("bench", "Benchmark directory", url,
                    url.toLowerCase(java.util.Locale.ROOT).startsWith("ldaps://") ? LdapDirectoryConfig.Security.LDAPS
                            : LdapDirectoryConfig.Security.NONE, bindDn, password, baseDn, CONTAINER,
                    "(objectClass=inetOrgPerson)", "uid", "entryUUID", "modifyTimestamp", true, pageSize, false,
                    Duration.ofSeconds(10), Duration.ofSeconds(120));
        }

        @Override
        public void load(DemoOrganisation organisation) throws LDAPException {
            LdapBulk bulk = new LdapBulk(connection);
            bulk.deleteSubtree(peopleDn());
            bulk.add(List.of(organisation.container()));
            bulk.add(organisation.people());
        }

        @Override
        public void modify(List<ModifyRequest> modifications) throws LDAPException {
            new LdapBulk(connection).modify(modifications);
        }

        @Override
        public void close() {
            connection.close();
        }
    }

    static LdapDirectoryConfig withPageSize(LdapDirectoryConfig c, int pageSize) {
        return new LdapDirectoryConfig(c.id(), c.name(), c.url(), c.security(), c.bindDn(), c.password(), c.baseDn(),
                c.userDn(), c.userFilter(), c.usernameAttribute(), c.uuidAttribute(), c.timestampAttribute(),
                c.pagedResults(), pageSize, c.followReferrals(), c.connectTimeout(), c.readTimeout());
    }
}
