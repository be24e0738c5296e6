package dev.profilesync.core.port;

/**
 * Port: turns a directory's image bytes into a picture a profile can show, or refuses them with a reason. The
 * implementation (package {@code dev.profilesync.picture}) sniffs the type, checks the size and pixel dimensions before
 * decoding, scales and re-encodes. Implementations are stateless and thread-safe.
 */
public interface PictureProcessor {

    /** The largest source image accepted, in bytes; larger ones are refused before they are decoded. */
    long maxSourceBytes();

    /** The picture made from {@code source}, or why it cannot be used. Never throws for bad image data. */
    Outcome prepare(byte[] source);

    /** What became of one source image. */
    sealed interface Outcome {
    }

    /** The image to store: scaled and re-encoded. */
    record Ready(String mediaType, byte[] bytes) implements Outcome {
    }

    /** The image is not used; the stored picture is kept. The reason says what is wrong, in words. */
    record Refused(String reason) implements Outcome {
    }

    /** For hosts that do not handle pictures: every picture is refused, so nothing stored is touched. */
    PictureProcessor NONE = new PictureProcessor() {
        @Override
        public long maxSourceBytes() {
            // No cap here, so the refusal below is what the report says.
            return Long.MAX_VALUE;
        }

        @Override
        public Outcome prepare(byte[] source) {
            return new Refused("this host does not process pictures");
        }
    };
}
