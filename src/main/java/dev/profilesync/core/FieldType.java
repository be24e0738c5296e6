package dev.profilesync.core;

/** The kinds of profile field, with the longest value each may hold. */
public enum FieldType {
    /** One line of text, as Confluence's own profile properties allow. */
    TEXT(255),
    MULTILINE(4000),
    /** One of a fixed list of options. */
    SELECT(255);

    private final int maxLength;

    FieldType(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Whether a person's change of this type may be written back to the directory as a string value. A binary type
     * (a picture) answers here once the write-back port carries bytes.
     */
    public boolean canWriteBack() {
        return true;
    }
}
