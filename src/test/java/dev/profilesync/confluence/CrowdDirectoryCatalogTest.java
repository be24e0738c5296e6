package dev.profilesync.confluence;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.EntrySink;
import dev.profilesync.ldap.LdapDirectoryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.profilesync.confluence.CrowdDirectories.directory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which of Confluence's directories the sync reads, in which order, and with which LDAP settings. */
class CrowdDirectoryCatalogTest {
    private static final String PASSWORD = "s3cret-Bind!";
    private final CrowdDirectoryService crowd = mock(CrowdDirectoryService.class);
    private final List<LdapDirectoryConfig> built = new ArrayList<>();
    private final CrowdDirectoryCatalog catalog = new CrowdDirectoryCatalog(crowd, config -> {
        built.add(config);
        return new NamedReader(config);
    });

    private void offer(Directory... directories) {
        when(crowd.findAllDirectories()).thenReturn(List.of(directories));
    }

    private static Map<String, String> openLdap() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("ldap.url", "ldap://ldap.example.com:389");
        attributes.put("ldap.secure", "false");
        attributes.put("ldap.referral", "false");
        attributes.put("ldap.basedn", "dc=example,dc=com");
        attributes.put("ldap.userdn", "cn=reader,dc=example,dc=com");
        attributes.put("ldap.password", PASSWORD);
        attributes.put("ldap.user.dn", "ou=people");
        attributes.put("ldap.user.filter", "(objectClass=inetOrgPerson)");
        attributes.put("ldap.user.username", "uid");
        attributes.put("ldap.pagedresults", "true");
        attributes.put("ldap.pagedresults.size", "250");
        attributes.put("ldap.connection.timeout", "5000");
        attributes.put("ldap.read.timeout", "120000");
        return attributes;
    }

    @ParameterizedTest
    @EnumSource(value = DirectoryType.class, names = {"CONNECTOR", "DELEGATING"})
    void ldapConnectorsAndDelegatingDirectoriesAreRead(DirectoryType type) {
        offer(directory(7, "Corporate LDAP", type, openLdap()));

        assertThat(catalog.directories()).extracting(DirectoryReader::id).containsExactly("7");
        assertThat(catalog.skippedDirectories()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DirectoryType.class, names = {"CONNECTOR", "DELEGATING"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherDirectoryTypeIsSkippedWithTheReason(DirectoryType type) {
        offer(directory(1, "Other", type, openLdap()));

        assertThat(catalog.directories()).isEmpty();
        assertThat(catalog.skippedDirectories()).containsOnlyKeys("Other");
        assertThat(catalog.skippedDirectories().get("Other")).isNotBlank();
    }

    @Test
    void directoryWithoutATypeIsSkipped() {
        offer(directory(1, "Odd", null, openLdap()));

        assertThat(catalog.skippedDirectories()).containsKey("Odd");
    }

    @Test
    void disabledDirectoryIsSkippedWithTheReason() {
        Directory disabled = directory(3, "Old LDAP", DirectoryType.CONNECTOR, openLdap());
        when(disabled.isActive()).thenReturn(false);
        offer(disabled);

        assertThat(catalog.directories()).isEmpty();
        assertThat(catalog.skippedDirectories()).containsEntry("Old LDAP", "the directory is disabled in User Directories");
    }

    @Test
    void directoriesKeepConfluencesOrder() {
        offer(
                directory(1, "Internal", DirectoryType.INTERNAL, Map.of()),
                directory(9, "Second LDAP", DirectoryType.CONNECTOR, openLdap()),
                directory(4, "Crowd", DirectoryType.CROWD, Map.of()),
                directory(2, "First after Crowd", DirectoryType.DELEGATING, openLdap()));

        assertThat(catalog.directories()).extracting(DirectoryReader::id).containsExactly("9", "2");
        assertThat(catalog.skippedDirectories()).containsOnlyKeys("Internal", "Crowd");
        assertThat(catalog.skippedDirectories().keySet()).containsExactly("Internal", "Crowd");
    }

    @Test
    void ldapAttributesBecomeTheReadersSettings() {
        offer(directory(7, "Corporate LDAP", DirectoryType.CONNECTOR,
                openLdap()));

        catalog.directories();

        assertThat(built).singleElement().satisfies(config -> {
            assertThat(config.id()).isEqualTo("7");
            assertThat(config.name()).isEqualTo("Corporate LDAP");
            assertThat(config.url()).isEqualTo("ldap://ldap.example.com:389");
            assertThat(config.security()).isEqualTo(LdapDirectoryConfig.Security.NONE);
            assertThat(config.baseDn()).isEqualTo("dc=example,dc=com");
            assertThat(config.bindDn()).isEqualTo("cn=reader,dc=example,dc=com");
            assertThat(config.password()).isEqualTo(PASSWORD);
            assertThat(config.userDn()).isEqualTo("ou=people");
            assertThat(config.userFilter()).isEqualTo("(objectClass=inetOrgPerson)");
            assertThat(config.usernameAttribute()).isEqualTo("uid");
            assertThat(config.uuidAttribute()).isEqualTo("entryUUID");
            assertThat(config.timestampAttribute()).isEqualTo("modifyTimestamp");
            assertThat(config.pagedResults()).isTrue();
            assertThat(config.pageSize()).isEqualTo(250);
            assertThat(config.followReferrals()).isFalse();
            assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(config.readTimeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(config.toString()).doesNotContain(PASSWORD);
        });
    }

    @Test
    void severalFailoverUrlsAreAllKeptInOrder() {
        Map<String, String> failover = openLdap();
        failover.put("ldap.url", "ldap://dc1.example.com:389 ldap://dc2.example.com:389");
        offer(directory(1, "Failover", DirectoryType.CONNECTOR, failover));

        catalog.directories();

        assertThat(catalog.skippedDirectories()).isEmpty();
        assertThat(built).singleElement().satisfies(config -> assertThat(config.urls())
                .containsExactly("ldap://dc1.example.com:389", "ldap://dc2.example.com:389"));
    }

    @Test
    void secureModesMapToLdapsAndStartTls() {
        Map<String, String> ldaps = openLdap();
        ldaps.put("ldap.secure", "true");
        ldaps.put("ldap.url", "ldaps://ldap.example.com:636");
        Map<String, String> startTls = openLdap();
        startTls.put("ldap.secure", "starttls");
        offer(
                directory(1, "LDAPS", DirectoryType.CONNECTOR, ldaps),
                directory(2, "StartTLS", DirectoryType.CONNECTOR, startTls));

        catalog.directories();

        assertThat(built).extracting(LdapDirectoryConfig::security)
                .containsExactly(LdapDirectoryConfig.Security.LDAPS, LdapDirectoryConfig.Security.STARTTLS);
    }

    @Test
    void activeDirectoryUsesObjectGuidAndWhenChanged() {
        Directory ad = directory(5, "AD", DirectoryType.CONNECTOR, openLdap());
        when(ad.getImplementationClass()).thenReturn("com.atlassian.crowd.directory.MicrosoftActiveDirectory");
        Map<String, String> delegated = openLdap();
        delegated.put("crowd.delegated.directory.type", "com.atlassian.crowd.directory.MicrosoftActiveDirectory");
        Directory delegating = directory(6, "AD auth", DirectoryType.DELEGATING, delegated);
        when(delegating.getImplementationClass()).thenReturn("com.atlassian.crowd.directory.DelegatedAuthenticationDirectory");
        offer(ad, delegating);

        catalog.directories();

        assertThat(built).allSatisfy(config -> {
            assertThat(config.uuidAttribute()).isEqualTo("objectGUID");
            assertThat(config.timestampAttribute()).isEqualTo("whenChanged");
        });
    }

    @Test
    void externalIdAttributeOfTheDirectoryWins() {
        Map<String, String> attributes = openLdap();
        attributes.put("ldap.external.id", "nsUniqueId");
        offer(directory(1, "389ds", DirectoryType.CONNECTOR, attributes));

        catalog.directories();

        assertThat(built).singleElement().extracting(LdapDirectoryConfig::uuidAttribute).isEqualTo("nsUniqueId");
    }

    @Test
    void missingPageSizeAndTimeoutsTakeDefaults() {
        Map<String, String> attributes = openLdap();
        attributes.remove("ldap.pagedresults.size");
        attributes.remove("ldap.connection.timeout");
        attributes.put("ldap.read.timeout", "0");
        offer(directory(1, "LDAP", DirectoryType.CONNECTOR, attributes));

        catalog.directories();

        assertThat(built).singleElement().satisfies(config -> {
            assertThat(config.pageSize()).isEqualTo(LdapDirectoryConfig.DEFAULT_PAGE_SIZE);
            assertThat(config.connectTimeout()).isPositive();
            assertThat(config.readTimeout()).isPositive();
        });
    }

    @Test
    void directoryWithUnusableSettingsIsSkippedNamingTheAttributeButNotThePassword() {
        Map<String, String> noUrl = openLdap();
        noUrl.remove("ldap.url");
        Map<String, String> badPageSize = openLdap();
        badPageSize.put("ldap.pagedresults.size", "lots");
        offer(
                directory(1, "No URL", DirectoryType.CONNECTOR, noUrl),
                directory(2, "Bad paging", DirectoryType.CONNECTOR, badPageSize));

        assertThat(catalog.directories()).isEmpty();
        Map<String, String> skipped = catalog.skippedDirectories();
        assertThat(skipped.get("No URL")).contains("ldap.url");
        assertThat(skipped.get("Bad paging")).contains("ldap.pagedresults.size");
        assertThat(skipped.values()).noneMatch(reason -> reason.contains(PASSWORD));
    }

    @Test
    void readersAreReusedWhileSettingsStayTheSame() {
        offer(directory(7, "LDAP", DirectoryType.CONNECTOR, openLdap()));
        DirectoryReader first = catalog.directories().get(0);

        assertThat(catalog.directories().get(0)).isSameAs(first);

        Map<String, String> changed = openLdap();
        changed.put("ldap.url", "ldap://replica.example.com:389");
        offer(directory(7, "LDAP", DirectoryType.CONNECTOR, changed));
        assertThat(catalog.directories().get(0)).isNotSameAs(first);
    }

    @Test
    void replacedAndRemainingReadersAreClosed() {
        offer(directory(7, "LDAP", DirectoryType.CONNECTOR, openLdap()));
        NamedReader first = (NamedReader) catalog.directories().get(0);
        Map<String, String> changed = openLdap();
        changed.put("ldap.basedn", "dc=example,dc=org");
        offer(directory(7, "LDAP", DirectoryType.CONNECTOR, changed));

        NamedReader second = (NamedReader) catalog.directories().get(0);
        assertThat(first.closed).isTrue();
        assertThat(second.closed).isFalse();

        catalog.close();
        assertThat(second.closed).isTrue();
    }

    /** A reader that only knows its config; the catalog never reads through it. */
    private static final class NamedReader implements DirectoryReader, AutoCloseable {
        private final LdapDirectoryConfig config;
        private boolean closed;

        NamedReader(LdapDirectoryConfig config) {
            this.config = config;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public String id() {
            return config.id();
        }

        @Override
        public String name() {
            return config.name();
        }

        @Override
        public void readAll(Set<String> attributes, EntrySink sink) {
            throw new AssertionError("not read in this test");
        }

        @Override
        public void readChangedSince(String timestamp, Set<String> attributes, EntrySink sink) {
            throw new AssertionError("not read in this test");
        }

        @Override
        public Optional<DirectoryEntry> readUser(String username, Set<String> attributes) {
            throw new AssertionError("not read in this test");
        }

        @Override
        public Optional<String> usernameOfDn(String dn) {
            throw new AssertionError("not read in this test");
        }

        @Override
        public ConnectionTest testConnection(Set<String> attributes, int sampleSize) {
            throw new AssertionError("not read in this test");
        }

        @Override
        public Map<String, String> describe() {
            return Map.of();
        }
    }
}
