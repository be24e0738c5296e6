package dev.profilesync.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import dev.profilesync.core.people.Person;
import dev.profilesync.people.PeopleLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
        // A path: spaces as %20, not the '+' of form encoding; '/' kept, as Tomcat refuses an encoded slash (%2F)
        // and the servlet takes the whole rest of the path as the username.
        return directory() + "/" + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2F", "/");
    }

    @Override
    public Optional<String> picture(Person person) {
        ConfluenceUser user = users.getUserByName(person.username());
        ProfilePictureInfo picture = user == null ? null : users.getUserProfilePicture(user);
        if (picture == null || picture.isDefault() || picture.getDownloadPath() == null) {
            return Optional.empty();
        }
        String path = picture.getDownloadPath();
        if (!picture.isExternal()) {
            return Optional.of(contextPath + path);
        }
        // An external picture (e.g. from an identity provider) is a whole URL: web URLs only, like every link we print.
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? Optional.of(path) : Optional.empty();
    }
}
