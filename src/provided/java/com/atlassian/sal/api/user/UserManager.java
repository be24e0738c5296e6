package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

public interface UserManager {
    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isSystemAdmin(UserKey userKey);
}
