package dev.profilesync.standalone.config;

/**
 * A command line or config file setting that cannot be used. The runner prints it as one line,
 * {@code error: <setting>: <what to do>}, and exits with {@code 64}; nothing stored has been touched by then.
 */
public final class ConfigException extends RuntimeException {
    private final String setting;

    public ConfigException(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
    }

    public ConfigException(String setting, String message, Throwable cause) {
        super(setting + ": " + message, cause);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
