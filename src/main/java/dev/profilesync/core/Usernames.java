package dev.profilesync.core;

import java.util.Locale;

/**
 * How a username is normalised wherever one enters (command line, login event, directory value, users file), so
 * that {@code " ALICE "} and {@code alice} reach the same profile: hosts match usernames without surrounding
 * whitespace and without regard to case (Confluence's user lookup does; LDAP's caseIgnoreMatch does). Stateless.
 */
public final class Usernames {
    private Usernames() {
    }

    /** The username without surrounding whitespace (Unicode spaces, tabs, line breaks); null stays null. */
    public static String normalise(String username) {
        return username == null ? null : username.strip();
    }

    /** The form two usernames are compared in: normalised, then lower case. */
    public static String matchKey(String username) {
        return normalise(username).toLowerCase(Locale.ROOT);
    }
}
