package dev.profilesync.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A profile picture ready to store and serve: the image as the host keeps it (scaled, re-encoded) and the digest of
 * the directory's bytes it was made from, which is what the next sync compares. Immutable: the bytes are copied in
 * and out.
 *
 * @param digest    {@code sha256:<hex>} of the directory's original bytes
 * @param mediaType {@code image/jpeg} or {@code image/png}
 */
public record Picture(String digest, String mediaType, byte[] bytes) {
    /**
     * The attributes a PICTURE field may write back to (lower case): those every LDAP reader and writer here reads as
     * bytes. Any other attribute would come back from the write bind's read as text and could not be compared.
     */
    public static final Set<String> WRITABLE_ATTRIBUTES = Set.of("jpegphoto", "thumbnailphoto", "photo");

    public Picture {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture picture && digest.equals(picture.digest) && mediaType.equals(picture.mediaType)
                && java.util.Arrays.equals(bytes, picture.bytes);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "Picture[" + digest + ", " + mediaType + ", " + bytes.length + " bytes]";
    }

    /** Whether a PICTURE field may write back to {@code attribute}. */
    public static boolean writableAttribute(String attribute) {
        return WRITABLE_ATTRIBUTES.contains(attribute.toLowerCase(Locale.ROOT));
    }

    /** {@code sha256:<hex>} of a directory's original bytes, as {@link #digest()} is made. */
    public static String digestOf(byte[] source) {
        return PictureMapper.digest(source);
    }
}
