package dev.profilesync.standalone.http;

import dev.profilesync.i18n.Translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The standalone login form, in the browser's language. Only translated texts (escaped by {@link Translations#fill})
 * and a base64url token are filled in.
 */
final class LoginPage {
    private static final String TEMPLATE = read();

    /** Why the form is shown again. */
    enum Notice {
        NONE(""),
        WRONG("profilesync.login.wrong"),
        THROTTLED("profilesync.login.throttled"),
        EXPIRED("profilesync.login.expired"),
        LOGGED_OUT("profilesync.login.loggedout");

        private final String key;

        Notice(String key) {
            this.key = key;
        }
    }

    private LoginPage() {
    }

    static String html(String token, Notice notice, Translations words) {
        if (!token.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("login token must be base64url");
        }
        String message = notice == Notice.NONE ? "" : "<div class=\"aui-message "
                + (notice == Notice.LOGGED_OUT ? "aui-message-info" : "aui-message-error")
                + "\" role=\"alert\" id=\"ps-login-message\">{{t:" + notice.key + "}}</div>";
        return words.fill(TEMPLATE.replace("{{message}}", message)).replace("{{token}}", token);
    }

    private static String read() {
        try (InputStream in = LoginPage.class.getResourceAsStream("login.html")) {
            if (in == null) {
                throw new IllegalStateException("login.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the login page", e);
        }
    }
}
