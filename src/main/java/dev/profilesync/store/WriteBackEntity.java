package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One write-back attempt, for the admin page's audit list; the field changes as JSON. */
@Preload
@Table("WRITE_BACK")
public interface WriteBackEntity extends Entity {

    @NotNull
    Long getAtMillis();

    void setAtMillis(Long atMillis);

    @StringLength(255)
    String getActor();

    void setActor(String actor);

    @StringLength(255)
    String getDirectoryId();

    void setDirectoryId(String directoryId);

    @StringLength(StringLength.UNLIMITED)
    String getEntryDn();

    void setEntryDn(String entryDn);

    @NotNull
    @StringLength(32)
    String getResult();

    void setResult(String result);

    @NotNull
    Integer getResultCode();

    void setResultCode(Integer resultCode);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @StringLength(StringLength.UNLIMITED)
    String getChangesJson();

    void setChangesJson(String changesJson);
}
