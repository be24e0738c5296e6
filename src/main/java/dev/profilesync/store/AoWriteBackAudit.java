package dev.profilesync.store;

import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.core.port.WriteBackAudit;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Write-back attempts in {@link WriteBackEntity} rows. Keeps the newest {@value #KEPT} (older ones are pruned on
 * every {@value #PRUNE_EVERY}th record), which is years of self-service edits on a large site. Thread-safe.
 */
final class AoWriteBackAudit implements WriteBackAudit {
    static final int KEPT = 5_000;
    static final int PRUNE_EVERY = 50;
    private static final String NEWEST_FIRST = "AT_MILLIS DESC, ID DESC";

    private final AoAccess ao;
    private final java.util.concurrent.atomic.AtomicLong recorded = new java.util.concurrent.atomic.AtomicLong();

    AoWriteBackAudit(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public void record(WriteBackRecord record) {
        Map<String, Object> row = new HashMap<>();
        row.put("AT_MILLIS", record.at().toEpochMilli());
        row.put("ACTOR", clip(record.actor(), 255));
        row.put("DIRECTORY_ID", clip(record.directoryId(), 255));
        row.put("ENTRY_DN", record.dn());
        row.put("RESULT", record.result().name());
        row.put("RESULT_CODE", record.resultCode());
        row.put("MESSAGE", record.message());
        row.put("CHANGES_JSON", StoredJson.changes(record.changes()));
        boolean prune = recorded.getAndIncrement() % PRUNE_EVERY == 0;
        ao.executeInTransaction(() -> {
            ao.create(WriteBackEntity.class, row);
            if (prune) {
                pruneBeyond();
            }
            return null;
        });
    }

    @Override
    public List<WriteBackRecord> recent(int limit) {
        List<WriteBackRecord> records = new ArrayList<>();
        if (limit <= 0) {
            return records;
        }
        Query query = Query.select("ID, AT_MILLIS, ACTOR, DIRECTORY_ID, ENTRY_DN, RESULT, RESULT_CODE, MESSAGE, "
                + "CHANGES_JSON").order(NEWEST_FIRST).limit(Math.min(limit, KEPT));
        ao.executeInTransaction(() -> {
            ao.stream(WriteBackEntity.class, query, (WriteBackEntity row) -> records.add(new WriteBackRecord(
                    Instant.ofEpochMilli(row.getAtMillis()), row.getActor(), row.getDirectoryId(), row.getEntryDn(),
                    StoredJson.changes(row.getChangesJson(), row.getID()), WriteBackRecord.Result.valueOf(row.getResult()),
                    row.getResultCode(), row.getMessage())));
            return null;
        });
        return records;
    }

    private void pruneBeyond() {
        int surplus = ao.count(WriteBackEntity.class, Query.select()) - KEPT;
        if (surplus <= 0) {
            return;
        }
        List<Object> oldest = new ArrayList<>(surplus);
        ao.stream(WriteBackEntity.class, Query.select("ID").order("AT_MILLIS ASC, ID ASC").limit(surplus),
                (WriteBackEntity row) -> oldest.add(row.getID()));
        for (List<Object> chunk : InClause.chunks(oldest)) {
            ao.deleteWithSQL(WriteBackEntity.class, InClause.of("ID", chunk.size()), chunk.toArray());
        }
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
