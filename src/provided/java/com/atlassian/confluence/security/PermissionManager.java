package com.atlassian.confluence.security;

import com.atlassian.user.User;

public interface PermissionManager {
    Object TARGET_PEOPLE_DIRECTORY = "PEOPLEDIRECTORY";

    boolean hasPermission(User user, Permission permission, Object target);
}
