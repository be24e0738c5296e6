package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

public interface UserManager {
    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isSystemAdmin(UserKey userKey);
}
