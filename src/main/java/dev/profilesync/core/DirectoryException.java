package dev.profilesync.core;

/**
 * A directory could not be read as asked. The message names the directory and, where one is to blame, the setting,
 * and says what to do; it never contains a password.
 */
public class DirectoryException extends RuntimeException {
    public DirectoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public DirectoryException(String message) {
        super(message);
    }
}
