package dev.profilesync.confluence;

import com.atlassian.confluence.event.events.security.LoginEvent;
import com.atlassian.confluence.security.access.AccessStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.profilesync.confluence.CrowdDirectories.directory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The engine wired as inside Confluence, end to end: Confluence's services are Mockito stand-ins, but the LDAP
 * directory Confluence points at is a real server (UnboundID in memory, 127.0.0.1) and the store is the real Active
 * Objects store on an in-memory HSQLDB.
 */
class ConfluenceHostTest {
    private static final String BASE = TestDirectory.BASE;
    private static final String READER = TestDirectory.READER_DN;
    private static final String READER_PASSWORD = TestDirectory.READER_PASSWORD;
    private static final String WRITER = "cn=profile writer," + BASE;
    private static final String WRITER_PASSWORD = "Wr-s3cret!";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    @RegisterExtension
    static final TestDirectory ldap = TestDirectory.builder().account(WRITER, WRITER_PASSWORD).start();

    private final HostFixture host = new HostFixture();
    private final List<User> confluenceUsers = new ArrayList<>();
    private final Map<String, ConfluenceUser> byName = new HashMap<>();
    private AoStores stores;
    private ConfluenceHost runtime;

    @BeforeEach
    void seedDirectoryAndConfluence() throws Exception {
        ldap.reset();
        person("alice", "+49 30 1234", "Research", "4711");
        person("bob", "+49 30 5678", "Sales", "4712");
        confluenceUser("alice", "8a7f0001");
        confluenceUser("bob", "8a7f0002");
        Pager<User> pager = pagerOf(confluenceUsers);
        when(host.userAccessor.getUsers()).thenReturn(pager);
        when(host.userAccessor.getUserByName(anyString())).thenAnswer(call -> byName.get(call.<String>getArgument(0)));
        List<Directory> directories = List.of(ldapDirectory(), internalDirectory());
        when(host.crowdDirectories.findAllDirectories()).thenReturn(directories);

        stores = EmbeddedStores.open(DatabaseConfig.inMemory("confluence-runtime-" + DATABASES.incrementAndGet()));
        stores.settings().saveFields(List.of(
                FieldDefinition.text("phone", "Phone", "telephoneNumber"),
                FieldDefinition.text("department", "Department", "departmentNumber"),
                FieldDefinition.text("costcentre", "Cost centre", "employeeNumber")));
        runtime = new ConfluenceHost(host.services(), stores);
    }

    @AfterEach
    void closeStores() {
        runtime.close();
        stores.close();
    }

    @Test
    void fullSyncFillsProfilesFromConfluencesLdapDirectoryAndItsOwnProfileFields() {
        SyncReport report = runtime.run(SyncRequest.full(SyncTrigger.MANUAL));

        assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCESS);
        assertThat(report.updated()).isEqualTo(2);
        Map<String, StoredProfile> stored = stores.profiles().load(List.of("8a7f0001", "8a7f0002"));
        assertThat(stored.get("8a7f0001").values())
                .containsEntry("phone", "+49 30 1234").containsEntry("costcentre", "4711");
        verify(host.userDetails).setStringProperty(byName.get("alice"), "phone", "+49 30 1234");
        verify(host.userDetails).setStringProperty(byName.get("bob"), "department", "Sales");
        verify(host.userDetails, never()).setStringProperty(any(), org.mockito.ArgumentMatchers.eq("costcentre"),
                anyString());
    }

    @Test
    void aSecondFullSyncFindsEveryoneUnchangedThroughTheStandardFieldsStore() {
        runtime.run(SyncRequest.full(SyncTrigger.MANUAL));

        SyncReport again = runtime.run(SyncRequest.full(SyncTrigger.MANUAL));

        assertThat(again.outcome()).isEqualTo(SyncOutcome.SUCCESS);
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(runtime.ports().profiles().keepsSyncDigests()).isTrue();
        assertThat(runtime.ports().profiles().usernamesStartingWith("al", 10)).containsExactly("alice");
        assertThat(runtime.ports().profiles().lastWritten("8a7f0001")).isPresent();
    }

    @Test
    void directoriesConfluenceCannotLendAreNamedInTheReport() {
        SyncReport report = runtime.run(SyncRequest.full(SyncTrigger.MANUAL));

        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("Confluence Internal"));
        assertThat(report.toString()).doesNotContain(READER_PASSWORD);
    }

    @Test
    void loginSyncsTheUserWhoLoggedInThroughTheRealEngine() {
        stores.settings().saveSettings(stores.settings().settings().withLoginSync(true));
        LoginSyncListener listener = new LoginSyncListener(host.events, runtime, new DirectExecutor(),
                new LoginCoalescer(Clock.systemUTC(), LoginSyncListener.COALESCING_WINDOW));
        LoginEvent login = mock(LoginEvent.class);
        when(login.getUsername()).thenReturn("bob");

        listener.onLogin(login);

        assertThat(stores.profiles().load(List.of("8a7f0001", "8a7f0002"))).containsOnlyKeys("8a7f0002");
        assertThat(listener.failures()).isZero();
    }

    @Test
    void nothingIsWrittenWhileConfluenceIsReadOnly() {
        when(host.accessModes.isReadOnlyAccessModeEnabled()).thenReturn(true);

        SyncReport report = runtime.run(SyncRequest.full(SyncTrigger.SCHEDULED));

        assertThat(report.outcome()).isEqualTo(SyncOutcome.READ_ONLY);
        assertThat(stores.profiles().load(List.of("8a7f0001", "8a7f0002"))).isEmpty();
        verify(host.userDetails, never()).setStringProperty(any(), anyString(), anyString());
    }

    @Test
    void runtimeAnswersTheEntryPointsFromTheStoreAndConfluence() {
        assertThat(runtime.settings().loginSyncEnabled()).isFalse();
        assertThat(runtime.readOnly()).isFalse();
        when(host.accessModes.isReadOnlyAccessModeEnabled()).thenReturn(true);
        assertThat(runtime.readOnly()).isTrue();
    }

    @Test
    void writeBackIsOffUntilTheAdminGivesTheCrowdDirectoryAWriteBind() {
        editablePhoneWrittenBack();

        assertThat(runtime.writeBackCheck().writesBack("7")).isFalse();
        assertThat(runtime.editor().open("alice").orElseThrow().field("phone").orElseThrow().editable()).isFalse();
    }

    @Test
    void aFieldMarkedWriteBackIsWrittenToTheEntryAsTheWriteBindTheAdminSet() throws Exception {
        editablePhoneWrittenBack();
        runtime.writeBinds().save("7", WRITER, WRITER_PASSWORD);

        var form = runtime.editor().open("alice").orElseThrow();
        var result = runtime.editor().save("alice", Map.of("phone", form.field("phone").orElseThrow().opened()),
                Map.of("phone", "+49 30 9999"), "alice");

        assertThat(result).isInstanceOf(dev.profilesync.core.edit.SaveResult.Saved.class);
        assertThat(ldap.server().getEntry(TestDirectory.dn("alice")).getAttributeValue("telephoneNumber"))
                .isEqualTo("+49 30 9999");
        assertThat(stores.profiles().load(List.of("8a7f0001")).get("8a7f0001").values())
                .containsEntry("phone", "+49 30 9999");
        assertThat(runtime.audit().recent(5)).singleElement()
                .satisfies(record -> assertThat(record.toString()).doesNotContain(WRITER_PASSWORD));
    }

    @Test
    void saveAndTestPassesForTheConfluenceDirectoryWithItsWriteBind() {
        runtime.writeBinds().save("7", WRITER, WRITER_PASSWORD);

        var report = runtime.writeBackCheck().run("7", "bob", "telephoneNumber", null, "admin");

        assertThat(report.passed()).isTrue();
        assertThat(report.toString()).doesNotContain(WRITER_PASSWORD);
    }

    @Test
    void aWrongWriteBindTurnsWriteBackOffButTheSyncStillReads() {
        stores.writeAccounts().save("7", "not a dn", "pw");

        assertThat(runtime.run(SyncRequest.full(SyncTrigger.MANUAL)).outcome()).isEqualTo(SyncOutcome.SUCCESS);
        assertThat(runtime.writeBackCheck().writesBack("7")).isFalse();
        assertThatThrownBy(() -> runtime.writeBinds().save("7", "not a dn", "pw"))
                .isInstanceOf(dev.profilesync.core.InvalidSettingException.class);
    }

    private void editablePhoneWrittenBack() {
        stores.settings().saveFields(List.of(
                FieldDefinition.text("phone", "Phone", "telephoneNumber")
                        .withEditing(new dev.profilesync.core.FieldEditing(true, true)),
                FieldDefinition.text("department", "Department", "departmentNumber")));
    }

    private static void person(String uid, String phone, String department, String employeeNumber)
            throws Exception {
        ldap.addPerson(uid, "telephoneNumber", phone, "departmentNumber", department, "employeeNumber",
                employeeNumber);
    }

    @SuppressWarnings("deprecation")
    private void confluenceUser(String name, String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        UserKey userKey = mock(UserKey.class);
        when(userKey.getStringValue()).thenReturn(key);
        when(user.getName()).thenReturn(name);
        when(user.getKey()).thenReturn(userKey);
        com.atlassian.crowd.embedded.api.User inDirectory = mock(com.atlassian.crowd.embedded.api.User.class);
        when(inDirectory.getDirectoryId()).thenReturn(7L);
        when(host.crowdService.getUser(name)).thenReturn(inDirectory);
        AccessStatus licensed = mock(AccessStatus.class);
        when(licensed.hasLicensedAccess()).thenReturn(true);
        when(host.accessManager.getUserAccessStatus(user)).thenReturn(licensed);
        confluenceUsers.add(user);
        byName.put(name, user);
    }

    @SuppressWarnings("unchecked")
    private static Pager<User> pagerOf(List<User> users) {
        Pager<User> pager = mock(Pager.class);
        when(pager.iterator()).thenAnswer(call -> users.iterator());
        return pager;
    }

    private static Directory ldapDirectory() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("ldap.url", ldap.url());
        attributes.put("ldap.secure", "false");
        attributes.put("ldap.basedn", BASE);
        attributes.put("ldap.userdn", READER);
        attributes.put("ldap.password", READER_PASSWORD);
        attributes.put("ldap.user.dn", "ou=people");
        attributes.put("ldap.user.filter", "(objectClass=inetOrgPerson)");
        attributes.put("ldap.user.username", "uid");
        attributes.put("ldap.pagedresults", "true");
        attributes.put("ldap.pagedresults.size", "100");
        return directory(7L, "Corporate LDAP", DirectoryType.CONNECTOR, attributes);
    }

    private static Directory internalDirectory() {
        return directory(1L, "Confluence Internal Directory", DirectoryType.INTERNAL, Map.of());
    }

}
