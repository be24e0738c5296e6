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

import java.io.IOException;
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

    /** Adds the organisation's container and people, over {@code connections} connections in parallel. */
    public abstract void load(DemoOrganisation organisation, int connections) throws LDAPException;

    /** Changes entries through LDAP, so the server sets their modifyTimestamp. */
    public abstract void modify(List<ModifyRequest> modifications) throws LDAPException;

    @Override
    public abstract void close();

    /** The embedded in-memory server, in a JVM of its own sized for {@code users} entries. */
    public static BenchDirectory embedded(int users) throws IOException, LDAPException {
        DirectoryProcess process = DirectoryProcess.start(users);
        try {
            Remote remote = connect(process.url(), EmbeddedDirectory.BIND_DN, process.password(),
                    EmbeddedDirectory.BASE_DN);
            return new Embedded(process, remote);
        } catch (LDAPException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** @throws LDAPException when the server cannot be reached or the bind fails */
    public static BenchDirectory remote(String url, String bindDn, String password, String baseDn)
            throws LDAPException {
        return connect(url, bindDn, password, baseDn);
    }

    private static Remote connect(String url, String bindDn, String password, String baseDn)
            throws LDAPException {
        LDAPURL parsed = new LDAPURL(url);
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(10_000);
        options.setResponseTimeoutMillis(120_000);
        LDAPConnection connection = parsed.getScheme().equalsIgnoreCase("ldaps")
                ? new LDAPConnection(tls(), options, parsed.getHost(), parsed.getPort())
                : new LDAPConnection(options, parsed.getHost(), parsed.getPort());
        try {
            connection.bind(bindDn, password);
        } catch (LDAPException e) {
            connection.close();
            throw e;
        }
        return new Remote(connection, url, bindDn, password, baseDn);
    }

    private static javax.net.ssl.SSLSocketFactory tls() throws LDAPException {
        try {
            return new SSLUtil(JVMDefaultTrustManager.getInstance()).createSSLSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new LDAPException(com.unboundid.ldap.sdk.ResultCode.LOCAL_ERROR, "cannot set up TLS: " + e, e);
        }
    }

    /** The embedded server's child process and the connection to it. */
    private static final class Embedded extends BenchDirectory {
        private final DirectoryProcess process;
        private final Remote connection;

        Embedded(DirectoryProcess process, Remote connection) {
            this.process = process;
            this.connection = connection;
        }

        @Override
        public String describe() {
            return "embedded in-memory LDAP (UnboundID, own JVM) at " + process.url();
        }

        @Override
        public String peopleDn() {
            return connection.peopleDn();
        }

        @Override
        public LdapDirectoryConfig readerConfig(int pageSize) {
            return connection.readerConfig(pageSize);
        }

        @Override
        public void load(DemoOrganisation organisation, int connections) throws LDAPException {
            connection.load(organisation, connections);
        }

        @Override
        public void modify(List<ModifyRequest> modifications) throws LDAPException {
            connection.modify(modifications);
        }

        @Override
        public void close() {
            try {
                connection.close();
            } finally {
                process.close();
            }
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
        public void load(DemoOrganisation organisation, int connections) throws LDAPException {
            LdapBulk bulk = new LdapBulk(connection);
            bulk.deleteSubtree(peopleDn());
            bulk.add(List.of(organisation.container()));
            List<LDAPConnection> extra = new java.util.ArrayList<>();
            try {
                for (int i = 1; i < connections; i++) {
                    extra.add(connect(url, bindDn, password, baseDn).connection);
                }
                List<LDAPConnection> all = new java.util.ArrayList<>(List.of(connection));
                all.addAll(extra);
                new LdapBulk(all).addEach(organisation::forEachPerson);
            } finally {
                extra.forEach(LDAPConnection::close);
            }
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
}
