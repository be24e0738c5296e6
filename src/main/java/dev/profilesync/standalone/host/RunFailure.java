package dev.profilesync.standalone.host;

/**
 * A command could not do its work for a reason outside the config file's syntax: the database cannot be opened,
 * another runner holds the data folder. Printed as {@code error: <setting>: <what to do>}, exit code 2.
 */
public final class RunFailure extends RuntimeException {
    private final String setting;

    public RunFailure(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
    }

    public RunFailure(String setting, String message, Throwable cause) {
        super(setting + ": " + message, cause);
        this.setting = setting;
    }

    String setting() {
        return setting;
    }
}
