package dev.profilesync.core;

/** Port: whether the host is in read-only (maintenance) mode, when no sync may write. */
public interface AccessMode {
    boolean isReadOnly();

    AccessMode READ_WRITE = () -> false;
}
