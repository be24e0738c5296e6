package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.JobDetails;

public interface SchedulerService {
    JobDetails getJobDetails(JobId jobId);
}
