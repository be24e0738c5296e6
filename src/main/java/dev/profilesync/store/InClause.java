package dev.profilesync.store;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code COLUMN IN (?, ?, ...)} criteria for lists of keys, in chunks that every database accepts: Oracle allows at
 * most 1,000 items in an IN list and SQL Server about 2,100 parameters in a statement.
 */
final class InClause {
    static final int MAX_ITEMS = 1000;

    private InClause() {
    }

    static String of(String column, int items) {
        StringBuilder criteria = new StringBuilder(column.length() + 6 + items * 2).append(column).append(" IN (");
        for (int i = 0; i < items; i++) {
            criteria.append(i == 0 ? "?" : ",?");
        }
        return criteria.append(')').toString();
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += MAX_ITEMS) {
            chunks.add(items.subList(from, Math.min(items.size(), from + MAX_ITEMS)));
        }
        return chunks;
    }
}
