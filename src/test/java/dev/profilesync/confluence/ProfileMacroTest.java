package dev.profilesync.confluence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Our {@code profile} macro in place of Confluence's: the card, the policies, the permission, escaping. */
class ProfileMacroTest {
    private ConfluencePeopleFixture fixture;
    private ProfileMacro macro;

    @BeforeEach
    void setUp() {
        fixture = new ConfluencePeopleFixture();
        macro = new ProfileMacro(fixture.people);
        fixture.user("boss", "Big Boss", Map.of());
        fixture.user("ann", "Ann Lee", Map.of("department", "Sales", "location", "Berlin", "manager", "boss"));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private String render(String user) {
        return macro.execute(user == null ? Map.of() : Map.of("user", user), "", null);
    }

    @Test
    void listedUserGetsTheCardWithTheSyncedFields() {
        String html = render("ann");

        assertThat(html).contains("class=\"ps-card\"", "Ann Lee", "Sales", "Berlin",
                "href=\"/confluence/plugins/servlet/profile-sync/people/boss\"", ">AL<");
    }

    @Test
    void uploadedPictureComesFromConfluenceBelowTheContextPath() {
        fixture.uploadedPicture(fixture.host.userAccessor.getUserByName("ann"), "/download/attachments/1/user-avatar");

        assertThat(render("ann")).contains("src=\"/confluence/download/attachments/1/user-avatar\"");
    }

    @Test
    void unlicensedUserIsOnlyANameWhenThePolicyHidesThem() {
        fixture.user("carl", "Carl Unlicensed", false, Map.of("department", "Secret Projects"));
        fixture.hideUnlicensed();

        String html = render("carl");

        assertThat(html).contains("Carl Unlicensed").doesNotContain("ps-card", "Secret Projects");
    }

    @Test
    void unlicensedManagerOnACardIsAPlainNameWhenThePolicyHidesThem() {
        fixture.user("carl", "Carl Unlicensed", false, Map.of());
        fixture.user("dora", "Dora Report", Map.of("manager", "carl"));
        fixture.hideUnlicensed();

        assertThat(render("dora")).contains("class=\"ps-card\"", "Carl Unlicensed").doesNotContain("people/carl");
    }

    @Test
    void unknownUserIsSaidToBeUnknownEscaped() {
        assertThat(render("<i>ghost</i>")).contains(ProfileMacro.NOT_FOUND, "&lt;i&gt;ghost&lt;/i&gt;")
                .doesNotContain("<i>");
    }

    @Test
    void permissionIsCheckedBeforeAnyoneIsLookedUp() {
        fixture.mayViewPeople(false);

        assertThat(render("ann")).contains(ConfluencePeople.NOT_PERMITTED).doesNotContain("Ann Lee");
        verify(fixture.host.userAccessor, never()).getUsers();
        verify(fixture.host.userAccessor, never()).getUserProfilePicture(any());
    }

    @Test
    void missingUserParameterNamesIt() {
        assertThat(render(null)).contains("aui-message-error", "<code>user</code>");
    }

    @Test
    void hostileFullNameIsEscaped() {
        fixture.user("eve", "\"><svg onload=alert(1)>", Map.of("location", "javascript:alert(2)"));

        String html = render("eve");

        assertThat(html).contains("&quot;&gt;&lt;svg onload").doesNotContain("<svg", "href=\"javascript:");
    }
}
