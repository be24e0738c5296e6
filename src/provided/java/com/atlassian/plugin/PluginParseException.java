package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
