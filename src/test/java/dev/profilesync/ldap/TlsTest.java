package dev.profilesync.ldap;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.testing.ConfigBuilder;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * LDAPS and StartTLS check the server's certificate like any Java TLS client: against the JVM's trust store (cacerts
 * or -Djavax.net.ssl.trustStore) and against the host name in the URL.
 */
class TlsTest {
    @TempDir
    static Path folder;
    private static TestDirectory directory;

    @BeforeAll
    static void startServer() throws Exception {
        directory = TlsDirectory.start(folder);
    }

    @AfterAll
    static void stopServer() {
        directory.close();
    }

    private static String url(String scheme, String listener) {
        return scheme + "://127.0.0.1:" + directory.server().getListenPort(listener);
    }

    private static ConfigBuilder tls(String url, LdapDirectoryConfig.Security security) {
        return directory.config().url(url).security(security);
    }

    @Test
    void ldapsToASelfSignedServerIsRefusedAsUntrusted() {
        LdapDirectoryReader reader = tls(url("ldaps", "ldaps"), LdapDirectoryConfig.Security.LDAPS).reader();

        assertThatThrownBy(() -> reader.readAll(Set.of("cn"), new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith("cannot connect to " + url("ldaps", "ldaps")
                        + " over LDAPS: the server's certificate is not trusted")
                .hasMessageContaining("import the directory's CA certificate into the Java trust store");
    }

    @Test
    void startTlsToASelfSignedServerIsRefusedBeforeTheBind() {
        LdapDirectoryReader reader = tls(url("ldap", "starttls"), LdapDirectoryConfig.Security.STARTTLS).reader();

        assertThatThrownBy(() -> reader.readAll(Set.of("cn"), new CollectingSink()))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith("cannot connect to " + url("ldap", "starttls")
                        + " over StartTLS: the server's certificate is not trusted");
    }

    @Test
    void connectionTestReportsTheUntrustedCertificate() {
        ConnectionTest test = tls(url("ldaps", "ldaps"), LdapDirectoryConfig.Security.LDAPS).reader()
                .testConnection(Set.of("cn"), 5);

        assertThat(test.ok()).isFalse();
        assertThat(test.message()).contains("certificate is not trusted");
    }

    @Test
    void trustedCertificateIsAcceptedOnlyForTheHostItNames() throws Exception {
        Path trustStore = TlsDirectory.writeTrustStore(folder);

        List<String> lines = runWithTrustStore(trustStore,
                url("ldaps", "ldaps"), "LDAPS",
                url("ldap", "starttls"), "STARTTLS",
                url("ldaps", "ldaps-wrong-host"), "LDAPS",
                "ldap://localhost:" + directory.server().getListenPort("starttls"), "STARTTLS",
                url("ldap", "starttls"), "STARTTLS/wrong-password");

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("OK " + url("ldaps", "ldaps") + " LDAPS 3");
        assertThat(lines.get(1)).isEqualTo("OK " + url("ldap", "starttls") + " STARTTLS 3");
        assertThat(lines.get(2)).startsWith("FAILED " + url("ldaps", "ldaps-wrong-host") + " LDAPS cannot connect")
                .contains("the server's certificate does not name the host in url");
        assertThat(lines.get(3)).startsWith("OK ldap://localhost:");
        String wrongPassword = "FAILED " + url("ldap", "starttls") + " STARTTLS/wrong-password ";
        assertThat(lines.get(4)).startsWith(wrongPassword);
        assertThat(lines.get(4).substring(wrongPassword.length())).startsWith("bind as " + TestDirectory.READER_DN)
                .endsWith("check the bind DN and password").doesNotContain("wrong-password");
    }

    /** Runs {@link TlsProbeMain} in a JVM whose default trust store is the given file. */
    private static List<String> runWithTrustStore(Path trustStore, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword="
                        + TlsDirectory.STORE_PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), TlsProbeMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PROBE_PASSWORD", TestDirectory.READER_PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("OK ") || line.startsWith("FAILED ")).toList();
    }
}
