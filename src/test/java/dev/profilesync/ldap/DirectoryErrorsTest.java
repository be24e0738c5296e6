package dev.profilesync.ldap;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.testing.ConfigBuilder;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every way a directory can refuse becomes one DirectoryException whose message names the setting and what to do,
 * keeps the cause, and never shows the password; the connection test reports the same without throwing.
 */
class DirectoryErrorsTest {
    private static final Set<String> MAPPED = Set.of("cn", "mail");
    private static final String WRONG_PASSWORD = "Wr0ng-Pa55word-xyz";
    private static final ServerQuirks QUIRKS = new ServerQuirks();
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.builder().sizeLimit(500).interceptors(QUIRKS).start()
            .addPeople(10).snapshot();

    @BeforeEach
    void seed() {
        QUIRKS.reset();
        directory.restore();
    }

    @Test
    void wrongPasswordNamesTheBindDnAndNeverThePassword() {
        DirectoryException failure = readAllFails(directory.config().password(WRONG_PASSWORD));

        assertThat(failure).hasMessageStartingWith("bind as " + TestDirectory.READER_DN + " to " + directory.url()
                + " refused").hasMessageEndingWith("check the bind DN and password");
        assertThat(failure.getCause()).isInstanceOf(org.springframework.ldap.AuthenticationException.class);
        assertNoPasswordIn(failure, WRONG_PASSWORD);
    }

    @Test
    void closedPortSaysToCheckTheUrlAndFirewall() throws IOException {
        String url = "ldap://127.0.0.1:" + closedPort();

        DirectoryException failure = readAllFails(directory.config().url(url));

        assertThat(failure).hasMessageStartingWith("cannot connect to " + url + ": check url and firewall");
        assertThat(failure.getCause()).isNotNull();
        assertNoPasswordIn(failure, TestDirectory.READER_PASSWORD);
    }

    @Test
    void failoverUrlsAreTriedInOrderWhenTheFirstServerIsDown() throws IOException {
        String down = "ldap://127.0.0.1:" + closedPort();
        CollectingSink sink = new CollectingSink();

        LdapDirectoryReader reader = directory.config().url(down + " " + directory.url()).reader();
        reader.readAll(MAPPED, sink);

        assertThat(sink.usernames()).hasSize(10);
        assertThat(reader.testConnection(MAPPED, 3).ok()).isTrue();
    }

    @Test
    void unknownHostSaysToCheckTheUrl() {
        DirectoryException failure = readAllFails(directory.config().url("ldap://no-such-host.invalid:389"));

        assertThat(failure).hasMessageStartingWith("cannot connect to ldap://no-such-host.invalid:389: check url");
    }

    @Test
    void connectionThatIsNeverAcceptedHitsTheConnectTimeout() throws IOException {
        try (ServerSocket full = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            // A listener that never accepts, with its backlog filled: further connects are left waiting.
            java.util.List<java.net.Socket> fillers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                java.net.Socket filler = new java.net.Socket();
                try {
                    filler.connect(full.getLocalSocketAddress(), 200);
                } catch (IOException ignored) {
                    // Once the backlog is full, connects time out: that is the state wanted.
                }
                fillers.add(filler);
            }
            String url = "ldap://127.0.0.1:" + full.getLocalPort();
            long start = System.nanoTime();

            DirectoryException failure = readAllFails(directory.config().url(url)
                    .connectTimeout(Duration.ofMillis(300)));

            assertThat(failure).hasMessageStartingWith("cannot connect to " + url);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            for (java.net.Socket filler : fillers) {
                filler.close();
            }
        }
    }

    @Test
    void missingSearchBaseSaysToCheckBaseDnAndUserDn() {
        DirectoryException failure = readAllFails(directory.config().userDn("ou=staff"));

        assertThat(failure).hasMessage("the search base ou=staff," + TestDirectory.BASE + " was not found on "
                + directory.url() + " while reading all users: check baseDn and userDn");
    }

    @Test
    void filterRejectedByTheServerSaysToCheckUserFilter() {
        QUIRKS.rejectFilters = true;

        DirectoryException failure = readAllFails(directory.config());

        assertThat(failure).hasMessageContaining(directory.url() + " rejected the search filter "
                + "(objectClass=inetOrgPerson)").hasMessageEndingWith("check userFilter");
    }

    @Test
    void slowServerHitsTheReadTimeout() {
        QUIRKS.searchDelayMillis = 1_500;

        DirectoryException failure = readAllFails(directory.config().readTimeout(Duration.ofMillis(200)));

        assertThat(failure).hasMessageContaining("did not answer within readTimeout (200 ms)")
                .hasMessageEndingWith("raise readTimeout or check the server's load");
    }

    @Test
    void readUserFailureIsADirectoryExceptionToo() throws IOException {
        String url = "ldap://127.0.0.1:" + closedPort();

        DirectoryException failure = catchThrowableOfType(
                () -> directory.config().url(url).reader().readUser("user0001", MAPPED), DirectoryException.class);

        assertThat(failure).hasMessageStartingWith("cannot connect to " + url);
    }

    @Test
    void connectionTestBindsFindsTheBaseAndReadsASample() {
        ConnectionTest test = directory.config().reader().testConnection(MAPPED, 5);

        assertThat(test.ok()).isTrue();
        assertThat(test.sample()).hasSize(5);
        assertThat(test.sample().get(0).values("mail")).hasSize(1);
        assertThat(test.message()).startsWith("Connected to " + directory.url() + " as " + TestDirectory.READER_DN)
                .contains("read 5 users");
    }

    @Test
    void connectionTestReportsFailuresWithoutThrowing() throws IOException {
        ConnectionTest wrongPassword = directory.config().password(WRONG_PASSWORD).reader().testConnection(MAPPED, 5);
        ConnectionTest missingBase = directory.config().baseDn("dc=nowhere,dc=org").reader().testConnection(MAPPED, 5);
        ConnectionTest unreachable = directory.config().url("ldap://127.0.0.1:" + closedPort()).reader()
                .testConnection(MAPPED, 5);

        assertThat(wrongPassword.ok()).isFalse();
        assertThat(wrongPassword.message()).contains("check the bind DN and password").doesNotContain(WRONG_PASSWORD);
        assertThat(missingBase.ok()).isFalse();
        assertThat(missingBase.message()).contains("check baseDn");
        assertThat(unreachable.ok()).isFalse();
        assertThat(unreachable.message()).contains("check url and firewall");
    }

    @Test
    void describeShowsTheSettingsButNeverThePassword() {
        LdapDirectoryReader reader = directory.config().reader();

        assertThat(reader.describe()).containsEntry("url", directory.url())
                .containsEntry("bindDn", TestDirectory.READER_DN).containsEntry("pageSize", "500")
                .containsEntry("userFilter", "(objectClass=inetOrgPerson)")
                .doesNotContainValue(TestDirectory.READER_PASSWORD).doesNotContainKey("password");
        assertThat(reader.toString()).doesNotContain(TestDirectory.READER_PASSWORD);
    }

    private static DirectoryException readAllFails(ConfigBuilder config) {
        LdapDirectoryReader reader = config.reader();
        DirectoryException failure = catchThrowableOfType(() -> reader.readAll(MAPPED, new CollectingSink()),
                DirectoryException.class);
        assertThat(failure).as("the read should have failed").isNotNull();
        return failure;
    }

    private static void assertNoPasswordIn(Throwable failure, String password) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(password);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
