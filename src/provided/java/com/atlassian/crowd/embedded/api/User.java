package com.atlassian.crowd.embedded.api;

public interface User {
    long getDirectoryId();
}
