package com.atlassian.event.api;

public interface EventPublisher {
    void register(Object listener);

    void unregister(Object listener);
}
