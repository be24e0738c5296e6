package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One profile value: one row per user and field. The value column is unlimited because MULTILINE fields hold up to
 * 4,000 characters and Active Objects caps bounded strings at 450 (see docs/storage.md). It may be null because
 * Oracle stores an empty string as null; readers take null as the empty string.
 */
@Preload
@Table("PROFILE_VALUE")
public interface ProfileValueEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(64)
    String getFieldKey();

    void setFieldKey(String fieldKey);

    @StringLength(StringLength.UNLIMITED)
    String getFieldValue();

    void setFieldValue(String fieldValue);
}
