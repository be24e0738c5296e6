package dev.profilesync.core.edit;

import dev.profilesync.core.Picture;
import dev.profilesync.core.WriteOutcome;
import dev.profilesync.core.port.DirectoryWriter;

import java.util.List;

/**
 * Writes a person's picture to their entry with conflict detection by digest: the form carries the digest of the
 * picture it was opened with (never the bytes); the attribute is read again as the write bind and written only when
 * its first value still has that digest, then as a compare-and-swap of exactly the bytes read. Called by the edit
 * form's save through {@link PictureSaves}. Stateless.
 */
public final class PictureWriteBack {
    /** The digest of "no picture", as the opened value of an empty picture attribute. */
    public static final String NONE = "";

    private PictureWriteBack() {
    }

    /** The digest a form is opened with for these values: that of the first, or {@link #NONE}. */
    public static String openedDigest(List<byte[]> values) {
        return values.isEmpty() ? NONE : Picture.digestOf(values.get(0));
    }

    /**
     * Writes {@code picture} to {@code attribute} of {@code dn} unless the directory's picture changed since the
     * form was opened with {@code openedDigest}: then nothing is written and the outcome is a conflict (16).
     */
    public static WriteOutcome write(DirectoryWriter writer, String dn, String attribute, String openedDigest,
                                     byte[] picture) {
        List<byte[]> current = writer.currentBytes(dn, attribute);
        if (!openedDigest(current).equals(openedDigest)) {
            return WriteOutcome.staleValue("the picture in the directory changed since the form was opened: look at"
                    + " the new one and upload yours again if it should replace it");
        }
        return writer.writeBytes(dn, attribute, current.isEmpty() ? List.of() : List.of(current.get(0)), picture);
    }
}
