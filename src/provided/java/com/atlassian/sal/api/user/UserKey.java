package com.atlassian.sal.api.user;

public final class UserKey implements java.io.Serializable {
    public UserKey(String userKey) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
