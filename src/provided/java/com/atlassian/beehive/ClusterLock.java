package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
