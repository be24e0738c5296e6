package com.atlassian.confluence.user;

import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;

public interface UserAccessor {
    ConfluenceUser getUserByName(String name);

    Pager<User> getUsers();
}
