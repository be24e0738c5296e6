package dev.profilesync.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.user.Group;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.i18n.Translations;
import dev.profilesync.people.ParameterException;
import dev.profilesync.people.PeopleLinks;
import dev.profilesync.people.PeopleRenderer;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The read side inside Confluence, shared by the macros, the People page and its header link: the plugin's one
 * {@link PeopleDirectory} (over the same store, settings and users as the engine), the renderer, Confluence's
 * People Directory permission as its own profile macro checks it, group members and Confluence's links to people.
 * Building it touches no database; the index is read on first use. Thread-safe.
 */
@Named
public class ConfluencePeople {
    static final String WEB_RESOURCES = "dev.profilesync.profile-sync:people-resources";
    /** Confluence's own message when its profile macro is not permitted; we say the same. */
    static final String NOT_PERMITTED = "community.macro.notpermitted";

    private final PeopleDirectory directory;
    private final PeopleRenderer renderer = new PeopleRenderer();
    private final ConfluenceTemplates templates = new ConfluenceTemplates();
    private final UserAccessor users;
    private final PermissionManager permissions;
    private final Supplier<ConfluenceUser> viewer;
    private final Supplier<String> contextPath;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final LocaleResolver locales;

    @Inject
    public ConfluencePeople(HostServices host, ConfluenceHost runtime) {
        this(directoryOf(runtime.ports()), host, AuthenticatedUserThreadLocal::get);
    }

    ConfluencePeople(PeopleDirectory directory, HostServices host, Supplier<ConfluenceUser> viewer) {
        this.directory = directory;
        this.users = host.userAccessor();
        this.permissions = host.permissions();
        this.viewer = viewer;
        // RELATIVE: the context path ("" or "/confluence"), so links work behind any proxy host name.
        this.contextPath = () -> host.applicationProperties().getBaseUrl(UrlMode.RELATIVE);
        this.pageBuilder = host.pageBuilder();
        this.i18n = host.i18n();
        this.locales = host.locales();
    }

    private static PeopleDirectory directoryOf(SyncPorts ports) {
        return new PeopleDirectory(ports.profiles(), ports.settings(), ports.hostUsers(), Clock.systemUTC());
    }

    /** Stops the index's background refresh when the plugin stops. */
    @PreDestroy
    public void close() {
        directory.close();
    }

    /** The logged-in user viewing, or null for an anonymous viewer. */
    ConfluenceUser viewer() {
        return viewer.get();
    }

    /** Confluence's own gate for the People Directory and profiles: VIEW on the people directory target. */
    boolean viewerMaySeePeople() {
        return permissions.hasPermission(viewer.get(), Permission.VIEW, PermissionManager.TARGET_PEOPLE_DIRECTORY);
    }

    PeopleIndex index() {
        return directory.index();
    }

    /** The renderer in the viewer's language: SAL resolves the current user's profile setting, else the site's. */
    PeopleRenderer renderer() {
        return renderer.in(translations());
    }

    Translations translations() {
        return Translations.of(locales.getLocale());
    }

    ConfluenceTemplates templates() {
        return templates;
    }

    PeopleLinks links() {
        return new ConfluencePeopleLinks(contextPath.get(), users);
    }

    String text(String key) {
        return i18n.getText(key);
    }

    /** The escaped sentence Confluence shows where a profile may not be seen. */
    String notPermitted() {
        return templates.notice(text(NOT_PERMITTED), "");
    }

    /** The name Confluence shows for a user it knows, for someone the index has not read (yet). */
    Optional<String> fullName(String username) {
        ConfluenceUser user = users.getUserByName(username.strip());
        if (user == null) {
            return Optional.empty();
        }
        String fullName = user.getFullName();
        return Optional.of(fullName == null || fullName.isBlank() ? user.getName() : fullName);
    }

    /** Puts the people styles on the page being rendered (a macro's page or the People page). */
    void requireResources() {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
    }

    /**
     * The usernames in a Confluence group, for a Profile List's {@code group} filter.
     *
     * @throws ParameterException naming {@code filter} when Confluence has no such group
     */
    Optional<Set<String>> membersOf(Optional<String> groupName) {
        if (groupName.isEmpty()) {
            return Optional.empty();
        }
        Group group = users.getGroup(groupName.get());
        if (group == null) {
            throw new ParameterException("filter", "Confluence has no group '" + groupName.get() + "'");
        }
        return Optional.of(Set.copyOf(users.getMemberNamesAsList(group)));
    }
}
