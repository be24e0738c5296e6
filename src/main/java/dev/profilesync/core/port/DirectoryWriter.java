package dev.profilesync.core.port;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.WriteOutcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Port: writes a person's changed values back to their entry in one directory, bound as that directory's write
 * account. The entry is named by the DN the sync read it from, never by anything a person typed. Safe for use from
 * any thread; every call opens and closes its own connection.
 */
public interface DirectoryWriter {

    /** The directory's id, as {@link DirectoryReader#id()}. */
    String id();

    /**
     * The values the entry holds now, read as the write account, by lower-case attribute name; an attribute without
     * values is absent.
     *
     * @throws DirectoryException when the entry cannot be read (gone, unreachable, bind refused)
     */
    Map<String, List<String>> currentValues(String dn, Set<String> attributes);

    /**
     * Applies all changes in one modify, so they land together or not at all. An attribute that had values is
     * changed by deleting exactly those values and adding the new one, so the directory itself refuses the modify
     * (noSuchAttribute) when a value changed in between; only an attribute without values is set by replace.
     * A refusal is an outcome, not an exception.
     */
    WriteOutcome write(String dn, List<AttributeChange> changes);

    /**
     * The values of a binary attribute (a picture: jpegPhoto, thumbnailPhoto) as bytes, read as the write account;
     * empty when it has none.
     *
     * @throws DirectoryException when the entry cannot be read
     */
    default List<byte[]> currentBytes(String dn, String attribute) {
        throw new UnsupportedOperationException("this directory does not write pictures back");
    }

    /**
     * Sets a binary attribute in one modify, as {@link #write} does for text: deletes exactly {@code oldValues} and
     * adds {@code newValue} (a compare-and-swap the server checks), replace only where there were no values.
     */
    default WriteOutcome writeBytes(String dn, String attribute, List<byte[]> oldValues, byte[] newValue) {
        return WriteOutcome.refused(53, "this directory does not write pictures back");
    }
}
