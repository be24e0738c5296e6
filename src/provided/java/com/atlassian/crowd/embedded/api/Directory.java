package com.atlassian.crowd.embedded.api;

import java.util.Map;

public interface Directory {
    Long getId();

    String getName();

    boolean isActive();

    String getImplementationClass();

    DirectoryType getType();

    Map<String, String> getAttributes();
}
