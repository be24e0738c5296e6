package dev.profilesync.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.ProfileEditor;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.people.edit.EditPage;
import dev.profilesync.people.edit.EditSubmission;
import dev.profilesync.people.edit.MultipartForm;
import dev.profilesync.people.edit.PostedForms;
import dev.profilesync.web.SecurityHeaders;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * "Edit my profile" inside Confluence, at /plugins/servlet/profile-sync/me: the logged-in user's own profile only
 * (no parameter names anyone else), the shared form and rules of {@link ProfileEditor}. Anonymous users go to the
 * login page and back; a POST needs Confluence's XSRF token.
 */
public class EditProfileServlet extends HttpServlet {
    static final String URL_PATTERN = "/profile-sync/me";
    static final String TITLE = "profilesync.edit.title";

    private final transient ProfileEditor editor;
    private final transient ConfluencePeople people;
    private final transient AdminGate gate;
    private final transient LoginUriProvider loginUris;
    private final transient EditPage page = new EditPage();

    public EditProfileServlet(HostServices host, ConfluenceHost runtime, ConfluencePeople people) {
        this(runtime.editor(), people, host.adminGate(), host.loginUris());
    }

    EditProfileServlet(ProfileEditor editor, ConfluencePeople people, AdminGate gate, LoginUriProvider loginUris) {
        this.editor = editor;
        this.people = people;
        this.gate = gate;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser viewer = people.viewer();
        if (viewer == null) {
            response.sendRedirect(loginUris.getLoginUri(AdminGate.requestedUri(request)).toASCIIString());
            return;
        }
        boolean saved = "saved".equals(request.getQueryString());
        render(request, response, viewer, saved ? EditPage.State.SAVED : EditPage.State.FRESH, 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser viewer = people.viewer();
        if (viewer == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Map<String, String> parameters = RequestParameters.firstValues(request);
        Map<String, byte[]> files = Map.of();
        boolean tokenValid;
        if (MultipartForm.isMultipart(request.getContentType())) {
            MultipartForm.Parts parts;
            try {
                // Read from the body itself: the servlet has no multipart configuration, so getParts() is not there.
                parts = MultipartForm.read(request.getContentType(), request.getContentLengthLong(),
                        request.getInputStream(), PostedForms.maxBytes(editor.maxPictureBytes()));
            } catch (MultipartForm.TooLarge | MultipartForm.Malformed e) {
                render(request, response, viewer, EditPage.State.unreadable(people.translations().text(
                        "profilesync.people.edit.problem.unreadable", e.getMessage())),
                        e instanceof MultipartForm.TooLarge ? 413 : 400);
                return;
            }
            parameters = parts.fields();
            files = parts.files();
            tokenValid = gate.hasValidToken(request, response, parameters.get(AdminGate.TOKEN_PARAMETER));
        } else {
            tokenValid = gate.hasValidToken(request, response);
        }
        if (!tokenValid) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The XSRF token is missing or out of date: reload"
                    + " the page.");
            return;
        }
        EditSubmission submission = EditSubmission.parse(parameters, files);
        SaveResult result = submission.problems().isEmpty()
                ? editor.save(viewer.getName(), submission.opened(), submission.values(), submission.uploads(),
                        viewer.getName())
                : new SaveResult.Invalid(submission.problems());
        if (result instanceof SaveResult.Saved) {
            response.sendRedirect(action(request) + "?saved");
            return;
        }
        render(request, response, viewer, EditPage.State.after(result, submission.values(), people.translations()),
                result instanceof SaveResult.Conflicts ? 409 : 422);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, ConfluenceUser viewer,
                        EditPage.State state, int status) throws IOException {
        Optional<EditForm> form = editor.open(viewer.getName());
        if (form.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String body = page.in(people.translations()).form(form.get(), action(request), AdminGate.TOKEN_PARAMETER, gate.tokenFor(request, response),
                state);
        people.requireResources();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        SecurityHeaders.hosted().forEach(response::setHeader);
        response.getWriter().write(people.templates().page(people.text(TITLE), body));
    }

    private static String action(HttpServletRequest request) {
        return request.getContextPath() + "/plugins/servlet" + URL_PATTERN;
    }
}
