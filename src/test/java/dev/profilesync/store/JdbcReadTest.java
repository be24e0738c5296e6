package dev.profilesync.store;

import dev.profilesync.store.embedded.EntityManagerAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone host's JDBC reads (a page by ID, rows by a list of values) give what AoAccess's defaults, AO
 * streaming, give (Confluence's path).
 */
class JdbcReadTest {
    private static final int PAGE = 10;
    private EntityManagerAccess database;

    @BeforeEach
    void open() {
        database = CountingAccess.inMemoryDatabase("page-by-id");
        for (int i = 0; i < 25; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("SETTING_KEY", "key-" + i);
            row.put("SETTING_VALUE", i % 4 == 0 ? null : "value \u00e9\u4e2d\"\n " + i);
            database.create(SettingEntity.class, row);
        }
    }

    @AfterEach
    void close() {
        database.dispose();
    }

    @Test
    void aPageReadOverJdbcGivesWhatAoStreamingGivesNullsAndNonAsciiTextIncluded() {
        // CountingAccess passes every call on but leaves pageById to the interface's default, which streams entities.
        List<List<Object>> throughAo = everyRow(new CountingAccess(database));

        assertThat(everyRow(database)).hasSize(25).isEqualTo(throughAo);
        assertThat(throughAo.get(0)).containsExactly(1, "key-0", null);
    }

    @Test
    void rowsByAListOfValuesOverJdbcAreAoStreamingsRowsStringAndIntegerListsAlike() {
        List<String> keys = List.of("key-3", "key-4", "key-17", "no-such-key");
        List<Integer> ids = List.of(2, 5, 25, 99);

        List<List<Object>> byKeyThroughAo = rowsWhereIn(new CountingAccess(database), "SETTING_KEY", keys);
        List<List<Object>> byIdThroughAo = rowsWhereIn(new CountingAccess(database), "ID", ids);

        assertThat(rowsWhereIn(database, "SETTING_KEY", keys)).isEqualTo(byKeyThroughAo);
        assertThat(rowsWhereIn(database, "ID", ids)).isEqualTo(byIdThroughAo);
        assertThat(byKeyThroughAo).extracting(row -> row.get(1)).containsExactly("key-3", "key-4", "key-17");
        assertThat(byKeyThroughAo.get(1)).containsExactly(5, "key-4", null);
        assertThat(byIdThroughAo).extracting(row -> row.get(0)).containsExactly(2, 5, 25);
    }

    @Test
    void theHighestIdOverJdbcIsAoStreamingsAndZeroForAnEmptyTable() {
        assertThat(database.highestId(SettingEntity.class)).isEqualTo(25)
                .isEqualTo(new CountingAccess(database).highestId(SettingEntity.class));
        assertThat(database.highestId(SyncRunEntity.class)).isZero()
                .isEqualTo(new CountingAccess(database).highestId(SyncRunEntity.class));
    }

    /** The rows whose column is one of the values, in ID order (neither read promises an order). */
    private static List<List<Object>> rowsWhereIn(AoAccess access, String column, List<?> values) {
        List<List<Object>> rows = new ArrayList<>();
        access.executeInTransaction(() -> {
            access.selectIn(SettingEntity.class, List.of("ID", "SETTING_KEY", "SETTING_VALUE"), column, values,
                    row -> new Object[] {row.getID(), row.getSettingKey(), row.getSettingValue()},
                    row -> rows.add(Arrays.asList(row)));
            return null;
        });
        rows.sort(Comparator.comparing(row -> ((Number) row.get(0)).intValue()));
        return rows;
    }

    /** Every row, a page at a time after the last id of the page before. */
    private static List<List<Object>> everyRow(AoAccess access) {
        List<List<Object>> all = new ArrayList<>();
        int after = 0;
        while (true) {
            List<List<Object>> page = new ArrayList<>();
            int from = after;
            access.executeInTransaction(() -> {
                access.pageById(SettingEntity.class, List.of("ID", "SETTING_KEY", "SETTING_VALUE"), from, PAGE,
                        row -> new Object[] {row.getID(), row.getSettingKey(), row.getSettingValue()},
                        values -> page.add(Arrays.asList(values)));
                return null;
            });
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = ((Number) page.get(page.size() - 1).get(0)).intValue();
        }
    }
}
