package dev.profilesync.ldap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.ContextExecutor;
import org.springframework.ldap.core.ContextSource;
import org.springframework.ldap.support.LdapUtils;

import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One bound connection kept for single-user reads and DN lookups, which come in bursts (logins): reusing it saves a
 * connect and bind per read (about 1 ms at the median and far more in the tail). It is closed once it has been idle
 * for the idle limit, by a shared daemon thread that ends when nothing is waiting. Concurrent callers each get a
 * connection: the spare if it is free, a new one otherwise (kept as the spare afterwards if there is none).
 * If the server closed the idle spare, the read is retried once on a new connection (reads change nothing).
 * Thread-safe.
 */
final class SpareConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpareConnection.class);
    private static final ScheduledThreadPoolExecutor CLOSER = closer();

    private final String url;
    private final ContextSource source;
    private final Duration idleLimit;
    private final AtomicReference<Parked> parked = new AtomicReference<>();

    /** A connection waiting for its next read, and when it started waiting. */
    private record Parked(DirContext context, long sinceNanos) {
    }

    SpareConnection(String url, ContextSource source, Duration idleLimit) {
        this.url = url;
        this.source = source;
        this.idleLimit = idleLimit;
    }

    /** Runs the work on the spare or a new connection; JNDI failures leave as Spring LDAP exceptions. */
    <T> T execute(ContextExecutor<T> work) {
        Parked spare = parked.getAndSet(null);
        if (spare != null && System.nanoTime() - spare.sinceNanos() < idleLimit.toNanos()) {
            try {
                return runAndPark(spare.context(), work);
            } catch (NamingException e) {
                if (!Causes.isDroppedConnection(e)) {
                    throw LdapUtils.convertLdapException(e);
                }
                // The server or a firewall dropped the idle connection (runAndPark closed our end): the read goes
                // again on a new one.
                LOG.debug("The kept connection to {} was closed; reading on a new one", url, e);
            }
        } else if (spare != null) {
            LdapUtils.closeContext(spare.context());
        }
        try {
            return runAndPark(source.getReadOnlyContext(), work);
        } catch (NamingException e) {
            throw LdapUtils.convertLdapException(e);
        }
    }

    /** Closes the spare now; later reads open a new one. */
    @Override
    public void close() {
        Parked spare = parked.getAndSet(null);
        if (spare != null) {
            LdapUtils.closeContext(spare.context());
        }
    }

    private <T> T runAndPark(DirContext context, ContextExecutor<T> work) throws NamingException {
        T result;
        try {
            result = work.executeWithContext(context);
        } catch (NamingException | RuntimeException | Error e) {
            LdapUtils.closeContext(context);
            throw e;
        }
        park(context);
        return result;
    }

    private void park(DirContext context) {
        Parked spare = new Parked(context, System.nanoTime());
        if (!parked.compareAndSet(null, spare)) {
            LdapUtils.closeContext(context);
            return;
        }
        CLOSER.schedule(() -> {
            if (parked.compareAndSet(spare, null)) {
                LdapUtils.closeContext(spare.context());
            }
        }, idleLimit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ScheduledThreadPoolExecutor closer() {
        ScheduledThreadPoolExecutor closer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "profile-sync-ldap-idle-close");
            thread.setDaemon(true);
            return thread;
        });
        closer.setKeepAliveTime(5, TimeUnit.SECONDS);
        closer.allowCoreThreadTimeOut(true);
        closer.setRemoveOnCancelPolicy(true);
        return closer;
    }
}
