package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * All stored values of one user in one row, as a JSON object of field key to value ({@link PackedValues}). One row
 * per user instead of one per user and field: a first sync of 100,000 users with 10 fields inserts 100,000 rows
 * here, not a million, which is most of its time on every database (docs/storage.md, "Why one row per user").
 * Nothing queries single values in SQL: readers load whole profiles by user key, and the people pages search an
 * index in memory (docs/people.md). The column is unlimited because ten MULTILINE fields alone may hold 40,000
 * characters, and Active Objects caps bounded strings at 450.
 */
@Preload
@Table("PROFILE_FIELDS")
public interface ProfileFieldsEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getFieldValues();

    void setFieldValues(String fieldValues);
}
