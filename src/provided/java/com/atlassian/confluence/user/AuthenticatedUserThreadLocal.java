package com.atlassian.confluence.user;

public class AuthenticatedUserThreadLocal {
    public static ConfluenceUser get() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
