package dev.profilesync.standalone.config;

import java.util.regex.Pattern;

/**
 * Decides whether the text of a {@code passwordEnv} or {@code passwordFile} setting may be repeated in a message.
 * Admins sometimes type the password itself where the config expects the name of a variable or a file; a message
 * that echoed it would put the password on the screen, in shell history and in CI logs. So a value is shown only
 * when it looks like what the setting asks for.
 */
public final class SecretReference {
    /** POSIX shell variable names: what {@code export NAME} accepts. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    /** Plain path characters only, and at least a folder separator or a file extension. */
    private static final Pattern PATH = Pattern.compile("(?=.*[/.])[A-Za-z0-9._~/-]{1,4096}");
    public static final String HIDDEN = "(the value given is not shown, in case it is the password itself)";

    private SecretReference() {
    }

    public static boolean looksLikeVariableName(String value) {
        return VARIABLE_NAME.matcher(value).matches();
    }

    public static boolean looksLikePath(String value) {
        return PATH.matcher(value).matches();
    }
}
