package com.atlassian.user;

public interface Group {
}
