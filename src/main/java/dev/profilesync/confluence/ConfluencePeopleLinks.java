package dev.profilesync.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import dev.profilesync.core.people.Person;
import dev.profilesync.people.PeopleLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where Confluence serves people: the plugin's People page below the context path, and the profile picture
 * Confluence keeps for each user. A user with Confluence's default picture gets the initials avatar instead, so
 * a page of cards is not a wall of identical silhouettes.
 */
final class ConfluencePeopleLinks implements PeopleLinks {
    private final String contextPath;
    private final UserAccessor users;

    ConfluencePeopleLinks(String contextPath, UserAccessor users) {
        this.contextPath = contextPath == null ? "" : contextPath;
        this.users = users;
    }

    @Override
    public String directory() {
        return contextPath + "/plugins/servlet" + PeopleServlet.URL_PATTERN;
    }

    @Override
    public String card(String username) {
        // A path segment: spaces as %20, not the '+' of form encoding.
        return directory() + "/" + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public Optional<String> picture(Person person) {
        ConfluenceUser user = users.getUserByName(person.username());
        ProfilePictureInfo picture = user == null ? null : users.getUserProfilePicture(user);
        if (picture == null || picture.isDefault() || picture.getDownloadPath() == null) {
            return Optional.empty();
        }
        String path = picture.getDownloadPath();
        // An external picture (e.g. from an identity provider) is a whole URL; an uploaded one is a path in Confluence.
        return Optional.of(picture.isExternal() ? path : contextPath + path);
    }
}
