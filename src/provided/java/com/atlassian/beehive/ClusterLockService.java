package com.atlassian.beehive;

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
