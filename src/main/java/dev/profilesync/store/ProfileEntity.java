package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per user with stored values: who the profile belongs to. Keyed by the host's stable user key; the
 * username and directory entry id are kept as they were at the last write, to follow renames.
 */
@Preload
@Table("PROFILE")
public interface ProfileEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(255)
    String getUsername();

    void setUsername(String username);

    @StringLength(255)
    String getEntryUuid();

    void setEntryUuid(String entryUuid);

    /** When a sync last wrote this profile, epoch milliseconds. */
    @NotNull
    Long getUpdatedMillis();

    void setUpdatedMillis(Long updatedMillis);

    /**
     * The sync digest of the entry this profile was last written from (core's {@code SyncDigest}), or empty/null when
     * the last write was not a sync's or the profile was written by an earlier version: then the next sync compares
     * values. A nullable column, so Active Objects adds it to an existing table.
     */
    @StringLength(64)
    String getSyncDigest();

    void setSyncDigest(String syncDigest);
}
