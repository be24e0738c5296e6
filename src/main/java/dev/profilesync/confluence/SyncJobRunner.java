package dev.profilesync.confluence;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * The "External User Directory Sync Job": translates one scheduled run of the engine into the scheduler's answer.
 * Confluence registers it under the job-config in atlassian-plugin.xml, whose {@code <job key>} is this bean's name.
 */
@Named(SyncJobRunner.BEAN_NAME)
public class SyncJobRunner implements JobRunner {
    static final String BEAN_NAME = "profileSyncJobRunner";

    private final SyncService sync;
    private final I18nResolver i18n;

    @Inject
    public SyncJobRunner(ConfluenceHost sync, HostServices host) {
        this(sync, host.i18n());
    }

    SyncJobRunner(SyncService sync, I18nResolver i18n) {
        this.sync = sync;
        this.i18n = i18n;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        SyncReport report = sync.run(SyncRequest.asConfigured(SyncTrigger.SCHEDULED));
        return switch (report.outcome()) {
            case SUCCESS -> JobRunnerResponse.success(summary("profilesync.job.success", report));
            case PARTIAL -> JobRunnerResponse.success(summary("profilesync.job.partial", report));
            case ALREADY_RUNNING -> JobRunnerResponse.aborted(i18n.getText("profilesync.job.aborted.running"));
            case READ_ONLY -> JobRunnerResponse.aborted(i18n.getText("profilesync.job.aborted.readonly"));
            // A run never returns RUNNING or INTERRUPTED (those are history's words for a run still going or dead).
            case FAILED, RUNNING, INTERRUPTED -> JobRunnerResponse.failed(i18n.getText("profilesync.job.failed",
                    report.errors().isEmpty() ? "" : report.errors().get(0)));
        };
    }

    private String summary(String key, SyncReport report) {
        return i18n.getText(key, report.mode().name(), report.scanned(), report.updated(), report.unchanged(),
                report.skippedTotal(), report.failed(), report.valuesChanged());
    }
}
