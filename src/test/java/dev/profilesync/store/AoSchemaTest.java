package dev.profilesync.store;

import dev.profilesync.store.embedded.AoDatabase;
import net.java.ao.RawEntity;
import net.java.ao.schema.NameConverters;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables are named as Confluence's Active Objects names them, within its limits. */
class AoSchemaTest {
    private static final NameConverters NAMES = AoDatabase.nameConverters(AoTablePrefix.PREFIX);

    @Test
    void tablePrefixFollowsConfluencesRuleForThePluginKey() {
        assertThat(AoTablePrefix.PREFIX).matches("AO_[0-9A-F]{6}_");
        assertThat(AoTablePrefix.of("dev.profilesync.profile-sync")).isEqualTo(AoTablePrefix.PREFIX);
        assertThat(AoTablePrefix.of("com.example.other")).isNotEqualTo(AoTablePrefix.PREFIX);
    }

    @Test
    void tableNamesFitActiveObjectsThirtyCharacterRule() {
        for (Class<? extends RawEntity<?>> entity : AoStores.entities()) {
            String table = NAMES.getTableNameConverter().getName(entity);
            assertThat(table).startsWith(AoTablePrefix.PREFIX).hasSizeLessThanOrEqualTo(30);
            for (String column : columns(entity)) {
                assertThat(column).as(table + "." + column).matches("[A-Z][A-Z0-9_]*").hasSizeLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void everyTableIsMadeFromOneListOfEntities() {
        assertThat(AoStores.entities()).containsExactlyInAnyOrder(ProfileEntity.class, ProfileFieldsEntity.class, ProfileValueEntity.class,
                FieldDefinitionEntity.class, SettingEntity.class, SyncRunEntity.class, ProfilePictureEntity.class,
                WriteBackEntity.class);
    }

    private static List<String> columns(Class<?> entity) {
        List<String> columns = new ArrayList<>();
        for (Method method : entity.getDeclaredMethods()) {
            if (method.getName().startsWith("get") && method.getParameterCount() == 0) {
                columns.add(NAMES.getFieldNameConverter().getName(method));
            }
        }
        return columns;
    }
}
