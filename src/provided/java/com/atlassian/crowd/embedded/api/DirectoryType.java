package com.atlassian.crowd.embedded.api;

public enum DirectoryType {
    UNKNOWN,
    INTERNAL,
    CONNECTOR,
    CUSTOM,
    DELEGATING,
    CROWD,
    AZURE_AD
}
