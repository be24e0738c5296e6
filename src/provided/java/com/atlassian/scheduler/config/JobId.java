package com.atlassian.scheduler.config;

public final class JobId implements java.io.Serializable {
    private JobId() {
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
