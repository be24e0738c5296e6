package com.atlassian.confluence.macro;

public class MacroExecutionException extends Exception {
    public MacroExecutionException(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
