package dev.profilesync.core.port;

import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;

import java.util.List;

/** Port: the reports of past runs, newest first. Thread-safe. */
public interface SyncHistory {

    /** Keeps the report; a report with the id of one kept earlier (the run's RUNNING record) replaces it. */
    void record(SyncReport report);

    /** The kept reports whose outcome is {@link SyncOutcome#RUNNING}. */
    List<SyncReport> running();

    List<SyncReport> recent(int limit);
}
