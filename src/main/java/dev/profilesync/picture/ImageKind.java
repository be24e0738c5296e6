package dev.profilesync.picture;

import java.util.Optional;

/** The image formats accepted, recognised by their first bytes (never by a file name or a declared type). */
enum ImageKind {
    JPEG("jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    GIF("gif", new int[] {'G', 'I', 'F', '8'});

    private final String formatName;
    private final int[] signature;

    ImageKind(String formatName, int[] signature) {
        this.formatName = formatName;
        this.signature = signature;
    }

    /** The ImageIO format name of the reader to use. */
    String formatName() {
        return formatName;
    }

    static Optional<ImageKind> sniff(byte[] bytes) {
        for (ImageKind kind : values()) {
            if (kind.matches(bytes)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
