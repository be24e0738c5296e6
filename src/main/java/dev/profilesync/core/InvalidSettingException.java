package dev.profilesync.core;

/**
 * A setting or request that cannot be used as given. Carries the name of the setting and a message key so an
 * admin page can show the message next to the field; the message itself says what to do.
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private final String setting;
    private final String messageKey;

    public InvalidSettingException(String setting, String messageKey, String message) {
        super(setting + ": " + message);
        this.setting = setting;
        this.messageKey = messageKey;
    }

    /** As above, keeping what made the value unusable (a parse error, say) for the log and the debugger. */
    public InvalidSettingException(String setting, String messageKey, String message, Throwable cause) {
        this(setting, messageKey, message);
        initCause(cause);
    }

    public String setting() {
        return setting;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message without the setting prefix, for display next to the field. */
    public String detail() {
        return getMessage().substring(setting.length() + 2);
    }

    static void require(boolean condition, String setting, String messageKey, String message) {
        if (!condition) {
            throw new InvalidSettingException(setting, messageKey, message);
        }
    }
}
