package dev.profilesync.standalone.http;

import dev.profilesync.core.edit.ProfileEditor;
import dev.profilesync.core.port.PersonLogin;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.people.edit.EditPage;

import java.util.Objects;

/**
 * What the standalone server needs to serve {@code /me}, where people edit their own profile.
 *
 * @param editor   the host's profile editor
 * @param login    checks a person's directory credentials by binding as their entry
 * @param renderer wraps the form in the people pages' layout
 */
public record SelfServiceSite(ProfileEditor editor, PersonLogin login, PeopleRenderer renderer) {
    public SelfServiceSite {
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(renderer, "renderer");
    }

    EditPage page() {
        return PAGE;
    }

    private static final EditPage PAGE = new EditPage();
}
