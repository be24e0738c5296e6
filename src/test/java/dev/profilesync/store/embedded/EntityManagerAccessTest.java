package dev.profilesync.store.embedded;

import dev.profilesync.store.SettingEntity;
import dev.profilesync.store.StoreException;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

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
}
