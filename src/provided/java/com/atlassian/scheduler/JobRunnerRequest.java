package com.atlassian.scheduler;

public interface JobRunnerRequest {
}
