package dev.profilesync.core.port;


import java.util.Optional;

/** Port: the writer of each directory that has a write bind. Thread-safe. */
public interface DirectoryWriters {

    /** The writer of the directory with this id; empty when write-back is off for it. */
    Optional<DirectoryWriter> writer(String directoryId);

    /** No directory writes back. */
    DirectoryWriters NONE = id -> Optional.empty();
}
