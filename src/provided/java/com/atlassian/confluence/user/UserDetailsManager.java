package com.atlassian.confluence.user;

import com.atlassian.user.User;

public interface UserDetailsManager {
    void setStringProperty(User user, String key, String value);

    void removeProperty(User user, String key);
}
