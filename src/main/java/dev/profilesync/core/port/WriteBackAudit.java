package dev.profilesync.core.port;

import dev.profilesync.core.edit.WriteBackRecord;

import java.util.List;

/** Port: where every write-back attempt is kept for admins (an Active Objects table). Thread-safe. */
public interface WriteBackAudit {

    /** Keeps the record; a failure to keep it is thrown, never swallowed. */
    void record(WriteBackRecord record);

    /** The latest records, newest first. */
    List<WriteBackRecord> recent(int limit);
}
