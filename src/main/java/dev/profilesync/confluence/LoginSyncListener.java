package dev.profilesync.confluence;

import com.atlassian.confluence.event.events.security.LoginEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.LoginSyncCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Login sync: when a user logs in, syncs that user alone, off the login thread. Confluence publishes LoginEvent
 * synchronously on the login thread, so this listener only checks read-only mode, coalesces repeated logins and
 * hands the work to a small bounded executor; it never blocks and never throws. Whether login sync is enabled is
 * kept in the database, so the worker reads it: a slow or still-starting database never holds up a login.
 * Registered with the event publisher when the plugin starts and unregistered, with the executor shut down, when
 * it stops.
 */
@Named
public class LoginSyncListener implements LoginSyncCounts {
    static final Duration COALESCING_WINDOW = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(LoginSyncListener.class);

    private final EventPublisher events;
    private final SyncService sync;
    private final ExecutorService executor;
    private final LoginCoalescer coalescer;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    @Inject
    public LoginSyncListener(HostServices host, ConfluenceHost sync) {
        this(host.events(), sync, LoginSyncExecutor.create(), new LoginCoalescer(Clock.systemUTC(), COALESCING_WINDOW));
    }

    LoginSyncListener(EventPublisher events, SyncService sync, ExecutorService executor, LoginCoalescer coalescer) {
        this.events = events;
        this.sync = sync;
        this.executor = executor;
        this.coalescer = coalescer;
    }

    @PostConstruct
    public void register() {
        events.register(this);
    }

    @PreDestroy
    public void unregister() throws InterruptedException {
        events.unregister(this);
        executor.shutdownNow().forEach(this::dropped);
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Profile Sync: a login sync still runs after the plugin stopped; it ends with its directory read");
        }
    }

    @EventListener
    public void onLogin(LoginEvent event) {
        try {
            String username = event.getUsername();
            if (username == null || username.isBlank() || sync.readOnly() || !coalescer.accept(username)) {
                return;
            }
            queued.incrementAndGet();
            executor.execute(new LoginSync(username));
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("Profile Sync could not queue the login sync; the login goes on unaffected", e);
        }
    }

    /** Login syncs that failed or could not be queued since the plugin started. */
    long failures() {
        return failures.get();
    }

    /** Login syncs handed to the executor (after coalescing) since the plugin started. */
    @Override
    public long queued() {
        return queued.get();
    }

    /** Login syncs that were queued and then dropped (a full queue, or the plugin stopping) since it started. */
    @Override
    public long dropped() {
        return dropped.get();
    }

    private void dropped(Runnable task) {
        if (task instanceof LoginSync sync) {
            sync.dropped();
        }
    }

    /** One user's login sync; when dropped it is counted, and the user's next login may queue it again. */
    private final class LoginSync implements LoginSyncExecutor.Droppable {
        private final String username;

        LoginSync(String username) {
            this.username = username;
        }

        @Override
        public void run() {
            syncUser(username);
        }

        @Override
        public void dropped() {
            coalescer.forget(username);
            long total = dropped.incrementAndGet();
            if (total % LoginSyncExecutor.QUEUE == 1) {
                LOG.warn("Profile Sync: more than {} logins waited for their sync, so the oldest were dropped ({} so "
                        + "far since the plugin started); those users are synced at their next login or by the "
                        + "scheduled job", LoginSyncExecutor.QUEUE, total);
            }
        }
    }

    private void syncUser(String username) {
        try {
            if (!sync.settings().loginSyncEnabled() || sync.readOnly()) {
                return;
            }
            SyncReport report = sync.run(SyncRequest.user(username, SyncTrigger.LOGIN));
            if (report.outcome() == SyncOutcome.FAILED || report.failed() > 0) {
                failures.incrementAndGet();
                LOG.warn("Profile Sync: login sync of '{}' failed: {} {}", username, report.errors(),
                        report.problems());
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("Profile Sync: login sync of '{}' failed", username, e);
        }
    }
}
