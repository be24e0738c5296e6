package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
