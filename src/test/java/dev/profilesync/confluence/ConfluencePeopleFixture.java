package dev.profilesync.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.access.AccessStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.UnlicensedUserPolicy;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The people read side as Confluence builds it: Confluence's services mocked ({@link HostFixture}), the store real
 * (Active Objects on in-memory HSQLDB), the index, renderers and macros real. Users are Confluence users with a
 * stored profile; by default the viewer is logged in and may see the People Directory.
 */
final class ConfluencePeopleFixture implements AutoCloseable {
    static final FieldDefinition DEPARTMENT = FieldDefinition.text("department", "Department", "department");
    static final FieldDefinition LOCATION = FieldDefinition.text("location", "Location", "l");
    static final FieldDefinition MANAGER = FieldDefinition.text("manager", "Manager", "manager")
            .withDisplay(new FieldDisplay(true, true, ValueFormat.PERSON));

    final HostFixture host = new HostFixture();
    final AoStores stores = EmbeddedStores.open(DatabaseConfig.inMemory("people-" + UUID.randomUUID()));
    final ConfluenceHost runtime = new ConfluenceHost(host.services(), stores);
    private final List<User> users = new ArrayList<>();
    ConfluenceUser viewer;
    final ConfluencePeople people;

    @SuppressWarnings("unchecked")
    ConfluencePeopleFixture() {
        PeopleDirectory directory = new PeopleDirectory(runtime.ports().profiles(), runtime.ports().settings(),
                runtime.ports().hostUsers(), Clock.systemUTC());
        people = new ConfluencePeople(directory, host.services(), () -> viewer);
        when(host.applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        Pager<User> pager = mock(Pager.class);
        when(pager.iterator()).thenAnswer(call -> List.copyOf(users).iterator());
        when(host.userAccessor.getUsers()).thenReturn(pager);
        mayViewPeople(true);
        stores.settings().saveFields(List.of(DEPARTMENT, LOCATION, MANAGER));
    }

    void mayViewPeople(boolean allowed) {
        when(host.permissions.hasPermission(any(), eq(Permission.VIEW), eq(PermissionManager.TARGET_PEOPLE_DIRECTORY)))
                .thenReturn(allowed);
    }

    void hideUnlicensed() {
        stores.settings().saveSettings(stores.settings().settings().withUnlicensedPolicy(UnlicensedUserPolicy.HIDE));
    }

    /** A licensed, active Confluence user with a stored profile and Confluence's default picture. */
    ConfluenceUser user(String name, String fullName, Map<String, String> values) {
        return user(name, fullName, true, values);
    }

    ConfluenceUser user(String name, String fullName, boolean licensed, Map<String, String> values) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn("key-" + name);
        when(user.getKey()).thenReturn(key);
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(fullName);
        when(host.userAccessor.getUserByName(name)).thenReturn(user);
        com.atlassian.crowd.embedded.api.User inDirectory = mock(com.atlassian.crowd.embedded.api.User.class);
        when(inDirectory.getDirectoryId()).thenReturn(1L);
        when(host.crowdService.getUser(name)).thenReturn(inDirectory);
        AccessStatus status = mock(AccessStatus.class);
        when(status.hasLicensedAccess()).thenReturn(licensed);
        when(host.accessManager.getUserAccessStatus(user)).thenReturn(status);
        ProfilePictureInfo picture = mock(ProfilePictureInfo.class);
        when(picture.isDefault()).thenReturn(true);
        when(host.userAccessor.getUserProfilePicture(user)).thenReturn(picture);
        users.add(user);
        stores.profiles().write(List.of(new ProfileUpdate("key-" + name, name, "", values, Set.of())));
        return user;
    }

    void uploadedPicture(ConfluenceUser user, String downloadPath) {
        ProfilePictureInfo picture = mock(ProfilePictureInfo.class);
        when(picture.getDownloadPath()).thenReturn(downloadPath);
        when(host.userAccessor.getUserProfilePicture(user)).thenReturn(picture);
    }

    void group(String name, String... members) {
        Group group = mock(Group.class);
        when(host.userAccessor.getGroup(name)).thenReturn(group);
        when(host.userAccessor.getMemberNamesAsList(group)).thenReturn(List.of(members));
    }

    @Override
    public void close() {
        people.close();
        stores.close();
    }
}
