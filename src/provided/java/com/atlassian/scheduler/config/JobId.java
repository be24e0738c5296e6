package com.atlassian.scheduler.config;

public final class JobId implements java.io.Serializable, Comparable<JobId> {
    private JobId() {
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public int compareTo(JobId other) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
