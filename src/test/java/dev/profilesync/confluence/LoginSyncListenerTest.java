package dev.profilesync.confluence;

import com.atlassian.confluence.event.events.security.LoginEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncTrigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Login sync: guard clauses, coalescing, hand-off, and that a login never sees a failure. */
class LoginSyncListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final RecordingSync sync = new RecordingSync();
    private final MutableClock clock = new MutableClock();
    private final DirectExecutor executor = new DirectExecutor();
    private LoginSyncListener listener;

    @BeforeEach
    void enableLoginSync() {
        sync.settings = sync.settings.withLoginSync(true);
        listener = listenerOn(executor);
    }

    private LoginSyncListener listenerOn(ExecutorService onExecutor) {
        return new LoginSyncListener(events, sync, onExecutor,
                new LoginCoalescer(clock, LoginSyncListener.COALESCING_WINDOW));
    }

    private static LoginEvent login(String username) {
        LoginEvent event = mock(LoginEvent.class);
        when(event.getUsername()).thenReturn(username);
        return event;
    }

    @Test
    void loginSyncsOnlyTheUserWhoLoggedIn() {
        listener.onLogin(login("alice"));

        assertThat(sync.requests).singleElement().satisfies(run -> {
            assertThat(run.mode()).isEqualTo(SyncMode.SINGLE_USER);
            assertThat(run.username()).contains("alice");
            assertThat(run.trigger()).isEqualTo(SyncTrigger.LOGIN);
        });
    }

    @Test
    void loginSyncIsOffByDefault() {
        sync.settings = sync.settings.withLoginSync(false);

        listener.onLogin(login("alice"));

        assertThat(sync.requests).isEmpty();
    }

    @Test
    void noLoginSyncWhileTheSiteIsReadOnly() {
        sync.readOnly = true;

        listener.onLogin(login("alice"));

        assertThat(sync.requests).isEmpty();
    }

    @Test
    void loginWithoutUsernameIsIgnored() {
        listener.onLogin(login(null));
        listener.onLogin(login(" "));

        assertThat(sync.requests).isEmpty();
    }

    @Test
    void repeatedLoginsOfTheSameUserWithinTheWindowSyncOnce() {
        listener.onLogin(login("alice"));
        clock.advance(Duration.ofSeconds(20));
        listener.onLogin(login("ALICE"));
        clock.advance(Duration.ofSeconds(20));
        listener.onLogin(login("alice"));

        assertThat(sync.requests).hasSize(1);
    }

    @Test
    void loginAfterTheWindowSyncsAgain() {
        listener.onLogin(login("alice"));
        clock.advance(LoginSyncListener.COALESCING_WINDOW);
        listener.onLogin(login("alice"));

        assertThat(sync.requests).hasSize(2);
    }

    @Test
    void loginsOfDifferentUsersAreNotCoalesced() {
        listener.onLogin(login("alice"));
        listener.onLogin(login("bob"));

        assertThat(sync.requests).extracting(run -> run.username().orElseThrow()).containsExactly("alice", "bob");
    }

    @Test
    void loginSyncNeverThrowsIntoTheLoginThread() {
        LoginEvent broken = mock(LoginEvent.class);
        when(broken.getUsername()).thenThrow(new IllegalStateException("event without session"));
        ExecutorService rejecting = mock(ExecutorService.class);
        doThrow(new RejectedExecutionException("full")).when(rejecting).execute(any());
        sync.answer = run -> {
            throw new IllegalStateException("directory down");
        };

        assertThatCode(() -> {
            listener.onLogin(broken);
            listener.onLogin(login("alice"));
            listenerOn(rejecting).onLogin(login("bob"));
        }).doesNotThrowAnyException();
        assertThat(listener.failures()).isEqualTo(2);
    }

    @Test
    void failedLoginSyncIsCounted() {
        sync.answering(SyncOutcome.FAILED);

        listener.onLogin(login("alice"));

        assertThat(listener.failures()).isEqualTo(1);
    }

    @Test
    void refusedLoginSyncIsNotAFailure() {
        sync.answering(SyncOutcome.ALREADY_RUNNING);

        listener.onLogin(login("alice"));

        assertThat(listener.failures()).isZero();
    }

    @Test
    void aLoginSyncDroppedFromAFullQueueIsCountedAndTheUsersNextLoginQueuesItAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        sync.answer = run -> {
            awaitQuietly(release);
            return Reports.of(run, SyncOutcome.SUCCESS);
        };
        ThreadPoolExecutor pool = LoginSyncExecutor.create();
        LoginSyncListener busy = listenerOn(pool);
        for (int i = 0; i < LoginSyncExecutor.THREADS + LoginSyncExecutor.QUEUE + 1; i++) {
            busy.onLogin(login("user" + i));
        }

        busy.onLogin(login("user" + LoginSyncExecutor.THREADS));

        assertThat(busy.dropped()).as("the oldest waiting login, user2, was dropped").isEqualTo(2);
        assertThat(busy.queued()).isEqualTo(LoginSyncExecutor.THREADS + LoginSyncExecutor.QUEUE + 2);
        release.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(sync.requests).extracting(run -> run.username().orElseThrow()).contains("user2");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void registersOnStartAndUnregistersAndStopsItsExecutorOnStop() throws InterruptedException {
        listener.register();
        verify(events).register(listener);

        listener.unregister();

        verify(events).unregister(listener);
        assertThat(executor.isShutdown()).isTrue();
    }

    @Test
    void listensForLoginEventsThroughAPublicAnnotatedMethod() throws NoSuchMethodException {
        Method onLogin = LoginSyncListener.class.getMethod("onLogin", LoginEvent.class);

        assertThat(onLogin.isAnnotationPresent(EventListener.class)).isTrue();
    }
}
