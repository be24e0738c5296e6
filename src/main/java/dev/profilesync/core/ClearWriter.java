package dev.profilesync.core;

import dev.profilesync.core.port.ProfileStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the clears a full run held back until {@link ClearGuard} allowed them, in batches. */
final class ClearWriter {
    private final ProfileStore profiles;
    private final ReportBuilder report;
    private final boolean dryRun;
    private final int batchSize;
    private final Set<String> pictureFields;

    ClearWriter(ProfileStore profiles, ReportBuilder report, boolean dryRun, int batchSize, Set<String> pictureFields) {
        this.profiles = profiles;
        this.pictureFields = pictureFields;
        this.report = report;
        this.dryRun = dryRun;
        this.batchSize = batchSize;
    }

    void write(List<PendingClear> clears) {
        Map<String, List<PendingClear>> byUser = new LinkedHashMap<>();
        clears.forEach(clear -> byUser.computeIfAbsent(clear.userKey(), k -> new ArrayList<>()).add(clear));
        List<ProfileUpdate> batch = new ArrayList<>();
        for (List<PendingClear> userClears : byUser.values()) {
            PendingClear first = userClears.get(0);
            Set<String> remove = new HashSet<>();
            for (PendingClear clear : userClears) {
                remove.add(clear.field());
                report.change(new ValueChange(clear.username(), clear.field(), clear.oldValue(), null));
            }
            if (first.userOtherwiseUnchanged()) {
                report.unchangedUserCleared(remove.size());
            } else {
                report.valuesCleared(remove.size());
            }
            Set<String> picturesRemoved = new HashSet<>(remove);
            picturesRemoved.retainAll(pictureFields);
            batch.add(new ProfileUpdate(first.userKey(), first.username(), first.entryUuid(), Map.of(), remove,
                    new PictureChanges(Map.of(), picturesRemoved)));
            if (batch.size() >= batchSize) {
                flush(batch);
            }
        }
        flush(batch);
    }

    private void flush(List<ProfileUpdate> batch) {
        if (!dryRun && !batch.isEmpty()) {
            profiles.write(batch);
        }
        batch.clear();
    }
}
