package dev.profilesync.core;

/** The kinds of profile field, with the longest value each may hold. */
public enum FieldType {
    /** One line of text, as Confluence's own profile properties allow. */
    TEXT(255),
    MULTILINE(4000),
    /** One of a fixed list of options. */
    SELECT(255),
    /**
     * A picture read from a binary attribute (thumbnailPhoto, jpegPhoto). The stored value is the digest of the
     * directory's bytes ({@code sha256:<hex>}); the scaled image is kept beside it (see {@link Picture}).
     */
    PICTURE(80);

    private final int maxLength;

    FieldType(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Whether a person's change of this type may be written back to the directory. Every type may: text as strings,
     * a picture as the uploaded bytes (to an attribute read as binary, see {@link Picture#WRITABLE_ATTRIBUTES}), with
     * its digest as the value the form was opened with.
     */
    public boolean canWriteBack() {
        return true;
    }
}
