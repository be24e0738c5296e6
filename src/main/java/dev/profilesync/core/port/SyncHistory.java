package dev.profilesync.core.port;

import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;

import java.util.List;

/** Port: the reports of past runs, newest first. Thread-safe. */
public interface SyncHistory {

    /**
     * Keeps the report; a report with the id of one kept earlier (the run's RUNNING record) replaces it. A
     * single-user run is recorded once, at its end, with no RUNNING record before it: a store may skip looking for
     * one (a login sync then costs one insert).
     */
    void record(SyncReport report);

    /** The kept reports whose outcome is {@link SyncOutcome#RUNNING}. */
    List<SyncReport> running();

    List<SyncReport> recent(int limit);
}
