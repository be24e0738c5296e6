package com.atlassian.scheduler.config;

public final class Schedule {
    private Schedule() {
    }

    public CronScheduleInfo getCronScheduleInfo() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
