package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.RunLock;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A run whose process died stays in history as INTERRUPTED, not as running forever. */
class InterruptedRunTest {
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.start();
    private EngineFixture fixture;

    @BeforeEach
    void seed() throws Exception {
        directory.reset();
        directory.addPerson("alice", "title", "Engineer");
        fixture = new EngineFixture(directory);
        fixture.host.withUsers("alice");
        fixture.fields(FieldDefinition.text("title", "Title", "title"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** What a process killed mid-run leaves behind: the record its run kept when it started. */
    private SyncReport leftRunningByADeadProcess() {
        SyncReport running = new SyncReport("dead-run", SyncMode.FULL, SyncMode.FULL, SyncTrigger.SCHEDULED, false,
                Instant.parse("2026-03-01T01:00:00Z"), Duration.ZERO, SyncOutcome.RUNNING, 1, 0, 0, 0, 0, Map.of(),
                Map.of(), List.of(), List.of(), List.of(), List.of(), false);
        fixture.stores.history().record(running);
        return running;
    }

    @Test
    void theNextFullRunMarksARunLeftRunningAsInterrupted() {
        leftRunningByADeadProcess();

        SyncReport next = fixture.full();

        assertThat(next.outcome()).isEqualTo(SyncOutcome.SUCCESS);
        assertThat(fixture.stores.history().recent(10)).extracting(SyncReport::id, SyncReport::outcome)
                .containsExactly(tuple(next.id(), SyncOutcome.SUCCESS),
                        tuple("dead-run", SyncOutcome.INTERRUPTED));
        assertThat(fixture.stores.history().recent(10).get(1).notes())
                .anyMatch(note -> note.contains("interrupted"));
    }

    @Test
    void hostsCloseInterruptedRunsAtStartUp() {
        leftRunningByADeadProcess();

        assertThat(fixture.engine.closeInterruptedRuns()).isEqualTo(1);

        assertThat(fixture.stores.history().running()).isEmpty();
        assertThat(fixture.stores.history().recent(1).get(0).outcome()).isEqualTo(SyncOutcome.INTERRUPTED);
    }

    @Test
    void aRunningRecordIsLeftAloneWhileSomeoneHoldsTheRunLock() {
        leftRunningByADeadProcess();
        try (RunLock.Lease held = fixture.host.tryAcquire("dev.profilesync.run").orElseThrow()) {
            assertThat(fixture.engine.closeInterruptedRuns()).isZero();
        }

        assertThat(fixture.stores.history().running()).extracting(SyncReport::id).containsExactly("dead-run");
    }

    @Test
    void aFinishedRunLeavesNoRunningRecord() {
        fixture.full();

        assertThat(fixture.stores.history().running()).isEmpty();
        assertThat(fixture.stores.history().recent(10)).hasSize(1);
    }
}
