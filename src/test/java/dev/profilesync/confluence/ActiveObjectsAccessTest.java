package dev.profilesync.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The store's AoAccess over Confluence's ActiveObjects hands each call through; what the calls do to tables is
 * tested by the store adapter on real databases.
 */
class ActiveObjectsAccessTest {
    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final ActiveObjectsAccess access = new ActiveObjectsAccess(ao);

    @Test
    @SuppressWarnings("unchecked")
    void workRunsInsideConfluencesTransaction() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> ((TransactionCallback<String>) call.getArgument(0))
                .doInTransaction());

        assertThat(access.executeInTransaction(() -> "written")).isEqualTo("written");
    }

    @Test
    void emptyBulkInsertDoesNotReachActiveObjects() {
        access.create(null, List.of());

        verifyNoInteractions(ao);
    }
}
