package dev.profilesync.core;

import java.util.List;

/** Port: the reports of past runs, newest first. */
public interface SyncHistory {

    void record(SyncReport report);

    List<SyncReport> recent(int limit);
}
