package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One past run: the columns a history list shows, and the whole report as JSON so nothing is lost. Column names
 * avoid SQL reserved words (TRIGGER, MODE) so every database Confluence supports accepts them.
 */
@Preload
@Table("SYNC_RUN")
public interface SyncRunEntity extends Entity {

    /** Indexed: every record first deletes the run's RUNNING row by id, which was a scan of the whole history. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getRunId();

    void setRunId(String runId);

    @NotNull
    @StringLength(32)
    String getRunTrigger();

    void setRunTrigger(String runTrigger);

    @NotNull
    @StringLength(32)
    String getRunMode();

    void setRunMode(String runMode);

    @NotNull
    Boolean getDryRun();

    void setDryRun(Boolean dryRun);

    @NotNull
    @StringLength(32)
    String getOutcome();

    void setOutcome(String outcome);

    @NotNull
    @Indexed
    Long getStartedMillis();

    void setStartedMillis(Long startedMillis);

    @NotNull
    Long getDurationMillis();

    void setDurationMillis(Long durationMillis);

    @NotNull
    Long getScanned();

    void setScanned(Long scanned);

    @NotNull
    Long getUpdatedUsers();

    void setUpdatedUsers(Long updatedUsers);

    @NotNull
    Long getUnchangedUsers();

    void setUnchangedUsers(Long unchangedUsers);

    @NotNull
    Long getSkippedUsers();

    void setSkippedUsers(Long skippedUsers);

    @NotNull
    Long getFailedUsers();

    void setFailedUsers(Long failedUsers);

    @NotNull
    Long getValuesChanged();

    void setValuesChanged(Long valuesChanged);

    @StringLength(StringLength.UNLIMITED)
    String getReportJson();

    void setReportJson(String reportJson);
}
