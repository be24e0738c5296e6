package dev.profilesync.confluence;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldEditing;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.WhenMissing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;

/**
 * "Edit my profile" inside Confluence, over the real store and Confluence's services as stand-ins: the viewer's own
 * profile only, Confluence's XSRF token on POST, the shared form and its rules.
 */
class EditProfileServletTest {
    private static final FieldDefinition NICKNAME = new FieldDefinition("nickname", "Nickname", FieldType.TEXT,
            List.of(), "displayName", false, WhenMissing.KEEP, MultiValue.FIRST, "", false)
            .withEditing(new FieldEditing(true, false));
    private static final FieldDefinition TEAM = new FieldDefinition("team", "Team", FieldType.SELECT,
            List.of("Red", "Blue"), "businessCategory", false, WhenMissing.KEEP, MultiValue.FIRST, "", false)
            .withEditing(new FieldEditing(true, false));
    private static final FieldDefinition PHONE = FieldDefinition.text("phone", "Phone", "telephoneNumber")
            .withEditing(new FieldEditing(true, true));

    private ConfluencePeopleFixture fixture;
    private EditProfileServlet servlet;

    @BeforeEach
    void setUp() {
        fixture = new ConfluencePeopleFixture();
        fixture.stores.settings().saveFields(List.of(ConfluencePeopleFixture.DEPARTMENT, NICKNAME, TEAM, PHONE));
        servlet = new EditProfileServlet(fixture.host.services(), fixture.runtime, fixture.people);
        fixture.viewer = fixture.user("ann", "Ann Lee", Map.of("department", "Sales", "nickname", "Annie"));
        fixture.user("bob", "Bob Stone", Map.of("nickname", "Bobby"));
        when(fixture.host.xsrfTokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn("token-1");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private Http.Response get() throws Exception {
        Http.Response response = new Http.Response();
        servlet.doGet(Http.request("GET", null, ""), response.mock);
        return response;
    }

    private Http.Response post(boolean validToken, Map<String, String[]> parameters) throws Exception {
        HttpServletRequest request = Http.request("POST", null, "");
        when(request.getParameterMap()).thenReturn(parameters);
        when(request.getContextPath()).thenReturn("/confluence");
        when(fixture.host.xsrfValidator.validateFormEncodedToken(request)).thenReturn(validToken);
        Http.Response response = new Http.Response();
        servlet.doPost(request, response.mock);
        return response;
    }

    private Map<String, String> stored(String name) {
        StoredProfile profile = fixture.stores.profiles().load(List.of("key-" + name)).get("key-" + name);
        return profile == null ? Map.of() : profile.values();
    }

    /** A multipart post as Chromium sends the form with a picture input; SAL's validator sees no parameters. */
    private Http.Response postPicture(String token, byte[] picture) throws Exception {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--xyz\r\nContent-Disposition: form-data; name=\"atl_token\"\r\n\r\n" + token
                + "\r\n--xyz\r\nContent-Disposition: form-data; name=\"upload.avatar\"; filename=\"me.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(picture);
        body.writeBytes("\r\n--xyz--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpServletRequest request = Http.request("POST", null, body.toByteArray());
        when(request.getContentType()).thenReturn("multipart/form-data; boundary=xyz");
        when(request.getContentLengthLong()).thenReturn((long) body.size());
        when(request.getContextPath()).thenReturn("/confluence");
        Http.Response response = new Http.Response();
        servlet.doPost(request, response.mock);
        return response;
    }

    private void withAvatarField() {
        fixture.stores.settings().saveFields(List.of(NICKNAME, new FieldDefinition("avatar", "Avatar",
                FieldType.PICTURE, List.of(), "jpegPhoto", false, WhenMissing.KEEP, MultiValue.FIRST, "", false)
                .withEditing(new FieldEditing(true, false))));
    }

    @Test
    void aPictureIsUploadedAsAMultipartFormWhoseTokenIsReadFromTheBody() throws Exception {
        withAvatarField();
        byte[] png = dev.profilesync.picture.TestImages.image("png", 50, 40, java.awt.Color.RED);

        assertThat(get().text()).contains("enctype=\"multipart/form-data\"", "name=\"upload.avatar\"");
        Http.Response response = postPicture("token-1", png);

        assertThat(response.redirect).isEqualTo("/confluence/plugins/servlet/profile-sync/me?saved");
        assertThat(stored("ann")).containsEntry("avatar", dev.profilesync.core.Picture.digestOf(png));
        assertThat(fixture.stores.profiles().picture("key-ann", "avatar")).isPresent();
    }

    @Test
    void aMultipartPostWithAWrongTokenIsRefusedAndStoresNothing() throws Exception {
        withAvatarField();

        Http.Response response = postPicture("token-2",
                dev.profilesync.picture.TestImages.image("png", 50, 40, java.awt.Color.RED));

        assertThat(response.status).isEqualTo(403);
        assertThat(stored("ann")).doesNotContainKey("avatar");
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        fixture.viewer = null;
        when(fixture.host.loginUris.getLoginUri(any())).thenReturn(URI.create("/confluence/login.action"));

        assertThat(get().redirect).isEqualTo("/confluence/login.action");
    }

    @Test
    void theFormShowsTheViewersOwnFieldsWithWhyTheOthersAreReadOnly() throws Exception {
        String html = get().text();

        assertThat(html).contains("<title>profilesync.edit.title</title>", "name=\"value.nickname\" value=\"Annie\"",
                "name=\"atl_token\" value=\"token-1\"", "Comes from the directory",
                "no write access set up yet").doesNotContain("name=\"value.department\"", "Bobby");
    }

    @Test
    void aPostWithoutConfluencesXsrfTokenIsRefusedAndStoresNothing() throws Exception {
        Http.Response response = post(false, Map.of("value.nickname", new String[] {"Hacked"}));

        assertThat(response.status).isEqualTo(403);
        assertThat(stored("ann")).containsEntry("nickname", "Annie");
    }

    @Test
    void savingStoresTheViewersOwnProfileOnly() throws Exception {
        Http.Response response = post(true, Map.of("value.nickname", new String[] {"Ann L."},
                "value.team", new String[] {"Blue"}, "username", new String[] {"bob"}));

        assertThat(response.redirect).isEqualTo("/confluence/plugins/servlet/profile-sync/me?saved");
        assertThat(stored("ann")).containsEntry("nickname", "Ann L.").containsEntry("team", "Blue");
        assertThat(stored("bob")).containsEntry("nickname", "Bobby");
    }

    @Test
    void aValueOutsideTheOptionsIsMarkedNextToTheField() throws Exception {
        Http.Response response = post(true, Map.of("value.team", new String[] {"<b>Green</b>"}));

        assertThat(response.status).isEqualTo(422);
        assertThat(response.text()).contains("must be one of Red, Blue").doesNotContain("<b>Green</b>");
        assertThat(stored("ann")).doesNotContainKey("team");
    }

    @Test
    void markupInAValueIsShownAsText() throws Exception {
        post(true, Map.of("value.nickname", new String[] {"<script>alert(1)</script>"}));

        assertThat(get().text()).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void readOnlyModeShowsTheFormWithoutSaving() throws Exception {
        when(fixture.host.accessModes.isReadOnlyAccessModeEnabled()).thenReturn(true);

        assertThat(get().text()).contains("read-only mode").doesNotContain("id=\"ps-edit-save\"");
        post(true, Map.of("value.nickname", new String[] {"Changed"}));
        assertThat(stored("ann")).containsEntry("nickname", "Annie");
    }
}
