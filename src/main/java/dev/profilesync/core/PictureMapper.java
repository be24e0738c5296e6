package dev.profilesync.core;

import dev.profilesync.core.port.PictureProcessor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Maps a PICTURE field: the attribute's first value (the directory's bytes, Base64 as every binary value arrives in a
 * {@link DirectoryEntry}) becomes the digest stored as the field's value. Only when that digest differs from the
 * stored one is the image prepared, so an unchanged picture costs one hash and is never rewritten. A picture that is
 * too large or cannot be used is reported and the stored one kept. Confined to one run's thread.
 */
final class PictureMapper {
    static final String DIGEST_PREFIX = "sha256:";
    private final PictureProcessor processor;

    PictureMapper(PictureProcessor processor) {
        this.processor = processor;
    }

    /** The field's mapped value; a picture to store goes to {@code prepared} under the field's key. */
    MappedValue map(FieldDefinition field, DirectoryEntry entry, String storedDigest, Map<String, Picture> prepared) {
        List<String> values = entry.values(field.ldapAttribute());
        if (values.isEmpty() || values.get(0).isEmpty()) {
            return MappedValue.MISSING;
        }
        String encoded = values.get(0);
        // Base64 of n bytes has 4 * ceil(n / 3) characters: this is n plus at most 2 padding bytes.
        long approximateBytes = encoded.length() / 4L * 3;
        if (approximateBytes - 2 > processor.maxSourceBytes()) {
            return rejected(field, "the picture has about " + approximateBytes + " bytes, more than the "
                    + processor.maxSourceBytes() + " allowed (-Dprofilesync.pictureMaxBytes)");
        }
        byte[] source;
        try {
            source = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return rejected(field, "the attribute '" + field.ldapAttribute() + "' did not arrive as binary data: "
                    + "map PICTURE fields to thumbnailPhoto or jpegPhoto");
        }
        if (source.length > processor.maxSourceBytes()) {
            return rejected(field, "the picture has " + source.length + " bytes, more than the "
                    + processor.maxSourceBytes() + " allowed (-Dprofilesync.pictureMaxBytes)");
        }
        String digest = digest(source);
        if (digest.equals(storedDigest)) {
            return new MappedValue.Present(digest);
        }
        PictureProcessor.Outcome outcome = processor.prepare(source);
        if (outcome instanceof PictureProcessor.Ready ready) {
            prepared.put(field.key(), new Picture(digest, ready.mediaType(), ready.bytes()));
            return new MappedValue.Present(digest);
        }
        return rejected(field, ((PictureProcessor.Refused) outcome).reason());
    }

    /** {@code sha256:<hex>} of these bytes: the digest a stored picture and its write-back are compared by. */
    static String digest(byte[] source) {
        try {
            return DIGEST_PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static MappedValue rejected(FieldDefinition field, String reason) {
        return new MappedValue.Rejected("field '" + field.key() + "': " + reason + "; stored picture kept");
    }
}
