package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One setting or piece of sync state, as text under a dotted name such as {@code settings.batchSize}. */
@Preload
@Table("SETTING")
public interface SettingEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getSettingKey();

    void setSettingKey(String settingKey);

    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String settingValue);
}
