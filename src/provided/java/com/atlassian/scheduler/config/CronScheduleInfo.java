package com.atlassian.scheduler.config;

public final class CronScheduleInfo {
    private CronScheduleInfo() {
    }

    public String getCronExpression() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
