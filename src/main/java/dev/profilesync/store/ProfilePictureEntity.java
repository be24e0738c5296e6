package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One stored picture per user and PICTURE field, beside the field's value (the digest). Active Objects has no
 * portable binary column, so the image is kept as Base64 in an unlimited text column; a stored picture is at most
 * 256 x 256 pixels, tens of kilobytes. Not preloaded: only the picture route reads the image.
 */
@Table("PROFILE_PICTURE")
public interface ProfilePictureEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(64)
    String getFieldKey();

    void setFieldKey(String fieldKey);

    /** {@code sha256:<hex>} of the directory's bytes the image was made from. */
    @NotNull
    @StringLength(80)
    String getDigest();

    void setDigest(String digest);

    @NotNull
    @StringLength(40)
    String getMediaType();

    void setMediaType(String mediaType);

    @StringLength(StringLength.UNLIMITED)
    String getImageData();

    void setImageData(String imageData);
}
