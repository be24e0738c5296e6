package dev.profilesync.picture;

import org.slf4j.LoggerFactory;
/**
 * How large a directory picture may be and how large the stored one is. Immutable; validated when built.
 *
 * @param maxSourceBytes largest source image accepted (default 1 MiB); AD's thumbnailPhoto stops at 100 KB, but
 *                       OpenLDAP's jpegPhoto has no cap of its own
 * @param maxSide        longest side in pixels read from the image header before anything is decoded
 * @param maxPixels      width x height read from the header; a small file may claim a huge image (a decompression
 *                       bomb), which would otherwise take gigabytes to decode
 * @param size           the stored picture is a square of at most this many pixels
 */
public record PictureLimits(long maxSourceBytes, int maxSide, long maxPixels, int size) {
    public static final long DEFAULT_MAX_SOURCE_BYTES = 1024 * 1024;
    public static final String MAX_BYTES_PROPERTY = "profilesync.pictureMaxBytes";

    public PictureLimits {
        if (maxSourceBytes < 1 || maxSide < 1 || maxPixels < 1 || size < 16 || size > 1024) {
            throw new IllegalArgumentException("picture limits must be positive and the size from 16 to 1024 pixels: "
                    + maxSourceBytes + " bytes, " + maxSide + " px a side, " + maxPixels + " px, size " + size);
        }
    }

    /** 1 MiB, 10,000 pixels a side, 16 megapixels, stored at 256 x 256 at most. */
    public static PictureLimits defaults() {
        return new PictureLimits(DEFAULT_MAX_SOURCE_BYTES, 10_000, 16_000_000L, 256);
    }

    /**
     * The defaults, with the byte cap from the system property {@value #MAX_BYTES_PROPERTY} when given (both hosts
     * read it: Confluence's setenv JVM options, or {@code java -D... -jar} for the runner). A value that is not a
     * positive number is ignored with a warning, so a typo never switches the cap off.
     */
    public static PictureLimits configured() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value == null || value.isBlank()) {
            return defaults();
        }
        try {
            return defaults().withMaxSourceBytes(Long.parseLong(value.trim()));
        } catch (IllegalArgumentException e) {
            LoggerFactory.getLogger(PictureLimits.class).warn("{}='{}' is not a positive number of bytes; the "
                    + "default {} applies", MAX_BYTES_PROPERTY, value, DEFAULT_MAX_SOURCE_BYTES);
            return defaults();
        }
    }

    public PictureLimits withMaxSourceBytes(long bytes) {
        return new PictureLimits(bytes, maxSide, maxPixels, size);
    }
}
