package com.atlassian.user;

public interface User {
    String getName();

    String getFullName();
}
