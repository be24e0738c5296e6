package com.atlassian.sal.api.user;

public interface UserProfile {
    UserKey getUserKey();

    String getUsername();
}
