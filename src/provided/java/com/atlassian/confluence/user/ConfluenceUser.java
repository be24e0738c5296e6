package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

public interface ConfluenceUser extends User {
    UserKey getKey();
}
