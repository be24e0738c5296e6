package dev.profilesync.core.port;

/**
 * Port: whether the host is in read-only (maintenance) mode, when no sync may write.
 * Threading: asked by a run before each batch and by request threads at any time; implementations answer from
 * memory and are thread-safe.
 */
public interface AccessMode {
    boolean isReadOnly();

    AccessMode READ_WRITE = () -> false;
}
