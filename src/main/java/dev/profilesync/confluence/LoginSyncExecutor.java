package dev.profilesync.confluence;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small executor login syncs run on: two threads, at most 100 waiting. When full, the oldest waiting login is
 * dropped so the login thread never waits; a dropped task that is {@link Droppable} is told, so that the drop is
 * counted and reported (and that user's next login is not coalesced away).
 */
final class LoginSyncExecutor {
    static final int THREADS = 2;
    static final int QUEUE = 100;

    /** A task that wants to know when the executor drops it instead of running it. */
    interface Droppable extends Runnable {
        void dropped();
    }

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
            tellDropped(task);
            return;
        }
        tellDropped(pool.getQueue().poll());
        pool.execute(task);
    }

    private static void tellDropped(Runnable task) {
        if (task instanceof Droppable droppable) {
            droppable.dropped();
        }
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
