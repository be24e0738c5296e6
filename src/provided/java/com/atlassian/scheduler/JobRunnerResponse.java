package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
