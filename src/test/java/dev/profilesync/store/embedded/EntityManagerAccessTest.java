package dev.profilesync.store.embedded;

import dev.profilesync.store.AoAccess;
import dev.profilesync.store.SettingEntity;
import dev.profilesync.store.StoreException;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standalone host's Active Objects access keeps the transaction promises the stores rely on. */
class EntityManagerAccessTest {
    private EntityManagerAccess ao;

    @BeforeEach
    void open() {
        ao = new EntityManagerAccess(AoDatabase.connect(DatabaseConfig.inMemory("access-test")));
        ao.migrate(SettingEntity.class);
    }

    @AfterEach
    void close() {
        ao.dispose();
    }

    @Test
    void aTransactionRollsBackEverythingWhenTheWorkThrows() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(SettingEntity.class, Map.of("SETTING_KEY", "a", "SETTING_VALUE", "1"));
            throw new IllegalStateException("the work failed");
        })).hasMessage("the work failed");

        assertThat(ao.count(SettingEntity.class, Query.select())).isZero();
    }

    @Test
    void aTransactionInsideAnotherJoinsItAndRollsBackWithIt() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> ao.create(SettingEntity.class, Map.of("SETTING_KEY", "inner")));
            ao.create(SettingEntity.class, Map.of("SETTING_KEY", "outer"));
            throw new IllegalStateException("the outer work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(SettingEntity.class, Query.select())).isZero();
    }

    @Test
    void databaseErrorsSayWhatFailedAndKeepTheCause() {
        ao.create(SettingEntity.class, Map.of("SETTING_KEY", "a"));

        assertThatThrownBy(() -> ao.create(SettingEntity.class, Map.of("SETTING_KEY", "a")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("inserting into SettingEntity failed: ")
                .hasCauseInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void findAndStreamSeeTheSameRows() {
        ao.create(SettingEntity.class, java.util.List.of(Map.of("SETTING_KEY", "a", "SETTING_VALUE", "1"),
                Map.of("SETTING_KEY", "b", "SETTING_VALUE", "2")));

        assertThat(ao.find(SettingEntity.class, Query.select().order("SETTING_KEY")))
                .extracting(SettingEntity::getSettingValue).containsExactly("1", "2");
        java.util.List<String> streamed = new java.util.ArrayList<>();
        ao.stream(SettingEntity.class, Query.select("ID, SETTING_KEY").where("SETTING_VALUE = ?", "2"),
                (SettingEntity row) -> streamed.add(row.getSettingKey()));
        assertThat(streamed).containsExactly("b");
        assertThat(ao.deleteWithSQL(SettingEntity.class, "SETTING_KEY IN (?,?)", "a", "b")).isEqualTo(2);
    }

    @Test
    void aPageByIdReadOverJdbcGivesWhatAoStreamingGives() {
        for (int i = 0; i < 25; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("SETTING_KEY", "key-" + i);
            row.put("SETTING_VALUE", i % 4 == 0 ? null : "value \u00e9\u4e2d " + i);
            ao.create(SettingEntity.class, row);
        }
        AoAccess throughAo = new AoAccess() {
            // Only the interface's default pageById, which streams AO entities; everything else delegates.
            @Override
            @SafeVarargs
            public final void migrate(Class<? extends RawEntity<?>>... entities) {
                ao.migrate(entities);
            }

            @Override
            public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
                return ao.create(type, values);
            }

            @Override
            public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
                ao.create(type, rows);
            }

            @Override
            public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
                return ao.find(type, query);
            }

            @Override
            public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
                                                           EntityStreamCallback<T, K> callback) {
                ao.stream(type, query, callback);
            }

            @Override
            public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
                return ao.count(type, query);
            }

            @Override
            public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
                return ao.deleteWithSQL(type, criteria, parameters);
            }

            @Override
            public <T> T executeInTransaction(Supplier<T> work) {
                return ao.executeInTransaction(work);
            }
        };

        assertThat(pages(ao)).hasSize(25).isEqualTo(pages(throughAo));
        assertThat(pages(ao).get(0)).containsExactly(1, "key-0", null);
    }

    /** Every row, read ten at a time after the last ID of the page before. */
    private static List<List<Object>> pages(AoAccess access) {
        List<List<Object>> all = new ArrayList<>();
        int after = 0;
        while (true) {
            List<List<Object>> page = new ArrayList<>();
            int from = after;
            access.executeInTransaction(() -> {
                access.pageById(SettingEntity.class, List.of("ID", "SETTING_KEY", "SETTING_VALUE"), from, 10,
                        row -> new Object[] {row.getID(), row.getSettingKey(), row.getSettingValue()},
                        values -> page.add(Arrays.asList(values)));
                return null;
            });
            all.addAll(page);
            if (page.size() < 10) {
                return all;
            }
            after = ((Number) page.get(page.size() - 1).get(0)).intValue();
        }
    }
}
