package com.atlassian.confluence.security.access;

import com.atlassian.user.User;

public interface ConfluenceAccessManager {
    AccessStatus getUserAccessStatus(User user);
}
