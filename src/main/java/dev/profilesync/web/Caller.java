package dev.profilesync.web;

import dev.profilesync.i18n.Translations;

import java.util.Locale;
import java.util.Objects;

/**
 * Who sent an API request, as the host's binding established it (standalone: the login session; Confluence: SAL's
 * UserManager). The XSRF token is the one the binding expects on state changes; it is handed to the page so the page
 * can send it back.
 *
 * @param username  the logged-in user, empty when nobody is logged in
 * @param admin     the user may administer the app (Confluence: system administrator)
 * @param xsrfToken the token the page must send with every POST; empty when the host hands it out another way
 * @param locale    the language the caller reads (Confluence: the user's setting; standalone: Accept-Language),
 *                  one of {@link Translations#SHIPPED}
 */
public record Caller(String username, boolean admin, String xsrfToken, Locale locale) {

    public static final Caller ANONYMOUS = new Caller("", false, "");

    public Caller {
        username = Objects.requireNonNullElse(username, "");
        xsrfToken = Objects.requireNonNullElse(xsrfToken, "");
        locale = Translations.shipped(locale);
    }

    /** A caller reading English. */
    public Caller(String username, boolean admin, String xsrfToken) {
        this(username, admin, xsrfToken, Locale.ENGLISH);
    }

    /** The same caller reading another language. */
    public Caller in(Locale language) {
        return new Caller(username, admin, xsrfToken, language);
    }

    /** The words of the caller's language. */
    public Translations translations() {
        return Translations.of(locale);
    }

    public boolean loggedIn() {
        return !username.isEmpty();
    }

    public static Caller admin(String username, String xsrfToken) {
        return new Caller(username, true, xsrfToken);
    }
}
