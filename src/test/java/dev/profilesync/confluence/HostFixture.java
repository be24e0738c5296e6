package dev.profilesync.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.access.ConfluenceAccessManager;
import com.atlassian.confluence.user.DisabledUserManager;
import com.atlassian.confluence.user.PersonalInformationManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Confluence's services as Mockito mocks of the stand-in types, built into {@link HostServices} the way Spring
 * builds it. The cluster lock behaves like a real lock, so runs exclude each other as they would on one node.
 */
final class HostFixture {
    final UserAccessor userAccessor = mock(UserAccessor.class);
    final CrowdService crowdService = mock(CrowdService.class);
    final CrowdDirectoryService crowdDirectories = mock(CrowdDirectoryService.class);
    final ConfluenceAccessManager accessManager = mock(ConfluenceAccessManager.class);
    final DisabledUserManager disabledUsers = mock(DisabledUserManager.class);
    final UserDetailsManager userDetails = mock(UserDetailsManager.class);
    final AccessModeService accessModes = mock(AccessModeService.class);
    final ClusterLockService clusterLocks = mock(ClusterLockService.class);
    final EventPublisher events = mock(EventPublisher.class);
    final I18nResolver i18n = mock(I18nResolver.class);
    final LocaleResolver locales = mock(LocaleResolver.class);
    final UserManager userManager = mock(UserManager.class);
    final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    final WebSudoManager webSudo = mock(WebSudoManager.class);
    final XsrfTokenValidator xsrfValidator = mock(XsrfTokenValidator.class);
    final XsrfTokenAccessor xsrfTokens = mock(XsrfTokenAccessor.class);
    final ActiveObjects activeObjects = mock(ActiveObjects.class);
    final SchedulerService scheduler = mock(SchedulerService.class);
    final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    final PermissionManager permissions = mock(PermissionManager.class);
    final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    final PersonalInformationManager personalInformation = mock(PersonalInformationManager.class);
    final AttachmentManager attachments = mock(AttachmentManager.class);
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    HostFixture() {
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        when(timeZones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        when(clusterLocks.getLockForName(anyString()))
                .thenAnswer(call -> locks.computeIfAbsent(call.getArgument(0), name -> new LockOnThisNode()));
    }

    HostServices services() {
        return new HostServices(userAccessor, crowdService, crowdDirectories, accessManager, disabledUsers, userDetails,
                accessModes, clusterLocks, events, i18n, locales, userManager, loginUris, webSudo, xsrfValidator, xsrfTokens,
                activeObjects, scheduler, timeZones, pageBuilder, permissions, applicationProperties,
                personalInformation, attachments);
    }

    /** A cluster lock of one node. */
    private static final class LockOnThisNode extends ReentrantLock implements ClusterLock {
    }
}
