package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each directory is read on a thread of its own, one batch ahead; no run leaves that thread behind. */
class ReaderThreadTest {
    private static final FieldDefinition TITLE = FieldDefinition.text("title", "Title", "title");
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start();
    private EngineFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        directory.reset();
        fixture = new EngineFixture(directory);
        for (int i = 0; i < 40; i++) {
            directory.addPerson("bulk" + i, "title", "Temp " + i);
            fixture.host.withUsers("bulk" + i);
        }
        fixture.fields(TITLE);
        fixture.stores.settings().saveSettings(fixture.stores.settings().settings().withBatchSize(5));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aCompletedRunLeavesNoReaderThread() {
        SyncReport report = fixture.full();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCESS);
        assertThat(report.updated()).isEqualTo(40);
        assertThat(readerThreads()).isEmpty();
    }

    @Test
    void aRunStoppedMidReadLeavesNoReaderThread() {
        fixture.host.readers.set(0, new ReadOnlyAfterFirstEntries(fixture.host.readers.get(0), fixture.host, 12));

        SyncReport report = fixture.full();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.READ_ONLY);
        assertThat(report.updated()).isEqualTo(10);
        assertThat(readerThreads()).isEmpty();
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("profile-sync-read-")).toList();
    }
}
