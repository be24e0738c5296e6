package com.atlassian.crowd.embedded.api;

public interface CrowdService {
    User getUser(String name);
}
