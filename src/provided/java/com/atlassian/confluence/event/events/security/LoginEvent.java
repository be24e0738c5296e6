package com.atlassian.confluence.event.events.security;

public class LoginEvent {
    private LoginEvent() {
    }

    public String getUsername() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
