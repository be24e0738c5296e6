package dev.profilesync.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import dev.profilesync.core.people.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Links to people inside Confluence: the People page below the context path and Confluence's pictures. */
class ConfluencePeopleLinksTest {
    private final UserAccessor users = mock(UserAccessor.class);
    private final ConfluencePeopleLinks links = new ConfluencePeopleLinks("/wiki", users);
    private final Person ann = new Person("key-ann", "ann", "Ann Lee", Map.of(), true);

    private void picture(String path, boolean isDefault, boolean external) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        ProfilePictureInfo picture = mock(ProfilePictureInfo.class);
        when(picture.getDownloadPath()).thenReturn(path);
        when(picture.isDefault()).thenReturn(isDefault);
        when(picture.isExternal()).thenReturn(external);
        when(users.getUserByName("ann")).thenReturn(user);
        when(users.getUserProfilePicture(user)).thenReturn(picture);
    }

    @Test
    void pagesAreBelowTheContextPathWithTheUsernameAsAPathSegment() {
        assertThat(links.directory()).isEqualTo("/wiki/plugins/servlet/profile-sync/people");
        assertThat(links.card("ann lee/x")).isEqualTo("/wiki/plugins/servlet/profile-sync/people/ann%20lee/x");
    }

    @Test
    void uploadedPictureIsServedBelowTheContextPath() {
        picture("/download/attachments/42/user-avatar", false, false);

        assertThat(links.picture(ann)).contains("/wiki/download/attachments/42/user-avatar");
    }

    @Test
    void defaultPictureGivesWayToInitials() {
        picture("/images/icons/profilepics/default.svg", true, false);

        assertThat(links.picture(ann)).isEmpty();
    }

    @Test
    void externalPictureIsUsedOnlyWhenItIsAWebUrl() {
        picture("https://idp.example.com/a.png", false, true);
        assertThat(links.picture(ann)).contains("https://idp.example.com/a.png");

        picture("javascript:alert(1)", false, true);
        assertThat(links.picture(ann)).isEmpty();
    }

    @Test
    void userConfluenceNoLongerKnowsHasInitials() {
        assertThat(links.picture(ann)).isEmpty();
    }
}
