package dev.profilesync.confluence;

import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A plain {@link SyncService} for tests: records the requests and answers with a chosen report. */
final class RecordingSync implements SyncService {
    final List<SyncRequest> requests = new CopyOnWriteArrayList<>();
    volatile SyncSettings settings = SyncSettings.defaults();
    volatile boolean readOnly;
    volatile Function<SyncRequest, SyncReport> answer = request -> Reports.of(request, SyncOutcome.SUCCESS);

    @Override
    public SyncReport run(SyncRequest request) {
        requests.add(request);
        return answer.apply(request);
    }

    @Override
    public SyncSettings settings() {
        return settings;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    RecordingSync answering(SyncOutcome outcome) {
        answer = request -> Reports.of(request, outcome);
        return this;
    }
}
