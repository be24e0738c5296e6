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
 *
 * <p>A row belongs to its user's identity row by that row's ID ({@code PROFILE_ID}), not by the user key: identity
 * rows get ascending IDs, so this table's second index grows at its right edge as AO's own ID does, where a user-key
 * index takes every insert at a random place. On HSQLDB's disk-backed tables that random-order index was a fifth of
 * a first sync's writes (docs/storage.md, "Values rows by identity ID"). Both rows are always written together.
 */
@Preload
@Table("PROFILE_FIELD_SET")
public interface ProfileFieldsEntity extends Entity {

    @NotNull
    @Unique
    int getProfileId();

    void setProfileId(int profileId);

    @StringLength(StringLength.UNLIMITED)
    String getFieldValues();

    void setFieldValues(String fieldValues);
}
