package dev.profilesync.confluence;

import com.atlassian.confluence.security.access.ConfluenceAccessManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.DisabledUserManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.user.User;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.Usernames;
import dev.profilesync.core.port.HostUsers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Confluence's users as the engine's {@link HostUsers}.
 * <ul>
 *   <li>deactivated: Confluence's DisabledUserManager says the account is disabled (UserAccessor.isDeactivated is
 *       deprecated in 8.7);</li>
 *   <li>hidden: no user directory has the account any more (externally deleted), so Confluence keeps the account
 *       but leaves it out of user search and the People Directory;</li>
 *   <li>licensed: the user has licensed access to Confluence (not merely unlicensed or anonymous access), looked up
 *       only when read;</li>
 *   <li>directory: the Crowd directory Confluence says the user belongs to, as the reader id used by
 *       {@link CrowdDirectoryCatalog};</li>
 *   <li>full name: Confluence's display name, which the People Directory and cards show.</li>
 * </ul>
 */
final class ConfluenceHostUsers implements HostUsers {
    private final UserAccessor users;
    private final CrowdService crowd;
    private final ConfluenceAccessManager access;
    private final DisabledUserManager disabled;

    ConfluenceHostUsers(UserAccessor users, CrowdService crowd, ConfluenceAccessManager access,
                        DisabledUserManager disabled) {
        this.users = users;
        this.crowd = crowd;
        this.access = access;
        this.disabled = disabled;
    }

    @Override
    public List<HostUser> all() {
        List<HostUser> all = new ArrayList<>();
        for (User user : users.getUsers()) {
            ConfluenceUser known = user instanceof ConfluenceUser confluenceUser ? confluenceUser
                    : users.getUserByName(user.getName());
            if (known != null) {
                all.add(toHostUser(known));
            }
        }
        return all;
    }

    @Override
    public Optional<HostUser> byUsername(String username) {
        // Confluence matches names case-insensitively but not with surrounding spaces: a username from a
        // directory value or a form would otherwise miss its user.
        return Optional.ofNullable(users.getUserByName(Usernames.normalise(username))).map(this::toHostUser);
    }

    private HostUser toHostUser(ConfluenceUser user) {
        com.atlassian.crowd.embedded.api.User inDirectory = crowd.getUser(user.getName());
        Optional<String> directoryId = inDirectory == null ? Optional.empty()
                : Optional.of(Long.toString(inDirectory.getDirectoryId()));
        // The licence is looked up only if the Unlicensed User policy asks; a sync never does.
        return new HostUser(user.getKey().getStringValue(), user.getName(), disabled.isDisabled(user),
                inDirectory == null, () -> access.getUserAccessStatus(user).hasLicensedAccess(), directoryId,
                user.getFullName());
    }
}
