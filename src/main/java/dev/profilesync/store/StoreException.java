package dev.profilesync.store;

/**
 * The database could not do what a store asked; the message says what was attempted and the cause is kept. Any
 * transaction the operation ran in was rolled back.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
