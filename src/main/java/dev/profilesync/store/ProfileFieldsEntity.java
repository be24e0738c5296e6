package dev.profilesync.store;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * All stored values of one user in one row, as a JSON object of field key to value ({@link PackedValues}). One row
 * per user instead of one per user and field: a first sync of 100,000 users with 10 fields inserts 100,000 rows
 * here, not a million, which is most of its time on every database (docs/storage.md, "Why one row per user").
 * Nothing queries single values in SQL: readers load whole profiles by user key, and the people pages search an
 * index in memory (docs/people.md). The column is unlimited because ten MULTILINE fields alone may hold 40,000
 * characters, and Active Objects caps bounded strings at 450.
 *
 * <p>The user key is the primary key, not AO's usual {@code ID}: nothing refers to a values row by number, and a
 * second index on every row is upkeep each insert and delete pays (on HSQLDB's disk-backed tables a quarter of a
 * first sync's index work; docs/storage.md, "One index on the values table").
 */
@Preload
@Table("USER_FIELDS")
public interface ProfileFieldsEntity extends RawEntity<String> {

    @PrimaryKey("USER_KEY")
    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getFieldValues();

    void setFieldValues(String fieldValues);
}
