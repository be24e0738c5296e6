package com.atlassian.confluence.user;

public interface DisabledUserManager {
    boolean isDisabled(com.atlassian.user.User user);

    boolean isDisabled(com.atlassian.crowd.embedded.api.User user);

    boolean isDisabled(String username);
}
