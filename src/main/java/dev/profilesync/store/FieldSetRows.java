package dev.profilesync.store;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads {@link ProfileFieldsEntity} rows, one per user, by their identity rows' IDs: the load's read and the writer's.
 */
final class FieldSetRows {
    private static final List<String> COLUMNS = List.of("ID", "PROFILE_ID", "FIELD_VALUES");

    private FieldSetRows() {
    }

    /**
     * Reads the values rows of these identity rows ({@code userKeyOf}: identity row ID to user key; one query per
     * {@link InClause#MAX_ITEMS}) and hands each user's unpacked values to {@code visitor}.
     */
    static void read(AoAccess ao, Map<Integer, String> userKeyOf, BiConsumer<String, Map<String, String>> visitor) {
        for (List<Integer> chunk : InClause.chunks(List.copyOf(userKeyOf.keySet()))) {
            ao.selectIn(ProfileFieldsEntity.class, COLUMNS, "PROFILE_ID", chunk,
                    row -> new Object[] {row.getID(), row.getProfileId(), row.getFieldValues()}, values -> {
                        String userKey = userKeyOf.get(((Number) values[1]).intValue());
                        visitor.accept(userKey, PackedValues.unpack(userKey, (String) values[2]));
                    });
        }
    }
}
