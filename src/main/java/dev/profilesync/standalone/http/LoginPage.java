package dev.profilesync.standalone.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The standalone login form. Only fixed texts and a base64url token are filled in, so nothing needs escaping. */
final class LoginPage {
    private static final String TEMPLATE = read();

    /** Why the form is shown again. */
    enum Notice {
        NONE(""),
        WRONG("Wrong username or password."),
        THROTTLED("Too many wrong passwords: wait 30 seconds, then try again."),
        EXPIRED("The login form had expired: please log in again."),
        LOGGED_OUT("You have logged out.");

        private final String text;

        Notice(String text) {
            this.text = text;
        }
    }

    private LoginPage() {
    }

    static String html(String token, Notice notice) {
        if (!token.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("login token must be base64url");
        }
        String message = notice == Notice.NONE ? "" : "<div class=\"aui-message "
                + (notice == Notice.LOGGED_OUT ? "aui-message-info" : "aui-message-error")
                + "\" role=\"alert\" id=\"ps-login-message\">" + notice.text + "</div>";
        return TEMPLATE.replace("{{token}}", token).replace("{{message}}", message);
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
