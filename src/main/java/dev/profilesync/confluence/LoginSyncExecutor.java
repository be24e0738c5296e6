package dev.profilesync.confluence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The small executor login syncs run on: two threads, at most 100 waiting. When full, the oldest waiting login is
 * dropped (that user is synced by the next login or the nightly job) so the login thread never waits.
 */
final class LoginSyncExecutor {
    static final int THREADS = 2;
    static final int QUEUE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(LoginSyncExecutor.class);
    private static final AtomicLong DROPPED = new AtomicLong();

    private LoginSyncExecutor() {
    }

    static ThreadPoolExecutor create() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), threads(), LoginSyncExecutor::dropOldest);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static void dropOldest(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            return;
        }
        if (pool.getQueue().poll() != null && DROPPED.incrementAndGet() % QUEUE == 1) {
            LOG.warn("Profile Sync: more than {} logins waited for their sync, so the oldest were dropped ({} so far); "
                    + "those users are synced at their next login or by the scheduled job", QUEUE, DROPPED.get());
        }
        pool.execute(task);
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        ClassLoader pluginLoader = LoginSyncExecutor.class.getClassLoader();
        return task -> {
            Thread thread = new Thread(task, "profile-sync-login-" + count.incrementAndGet());
            thread.setDaemon(true);
            // Threads are created on a login thread; give them the plugin's class loader, not the web app's.
            thread.setContextClassLoader(pluginLoader);
            return thread;
        };
    }
}
