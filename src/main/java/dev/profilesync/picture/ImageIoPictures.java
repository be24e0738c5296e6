package dev.profilesync.picture;

import dev.profilesync.core.port.PictureProcessor;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Prepares directory pictures with the JDK's javax.imageio: the type is sniffed from the bytes (JPEG, PNG, GIF), the
 * size and the pixel dimensions from the header are checked before a single pixel is decoded, large images are
 * decoded subsampled, then {@link SquareScaler} makes the square and {@link PictureEncoder} the stored bytes.
 * Stateless and thread-safe (each call has its own reader).
 */
public final class ImageIoPictures implements PictureProcessor {
    private final PictureLimits limits;

    public ImageIoPictures(PictureLimits limits) {
        this.limits = limits;
    }

    public static ImageIoPictures withDefaults() {
        return new ImageIoPictures(PictureLimits.defaults());
    }

    /** With the limits the host was configured with ({@link PictureLimits#configured()}). */
    public static ImageIoPictures configured() {
        return new ImageIoPictures(PictureLimits.configured());
    }

    @Override
    public long maxSourceBytes() {
        return limits.maxSourceBytes();
    }

    @Override
    public Outcome prepare(byte[] source) {
        if (source.length > limits.maxSourceBytes()) {
            return new Refused("the picture has " + source.length + " bytes, more than the "
                    + limits.maxSourceBytes() + " allowed (-Dprofilesync.pictureMaxBytes)");
        }
        Optional<ImageKind> kind = ImageKind.sniff(source);
        if (kind.isEmpty()) {
            return new Refused("the picture is not a JPEG, PNG or GIF image (judged by its first bytes)");
        }
        try {
            BufferedImage image = decode(kind.get(), source);
            BufferedImage square = SquareScaler.square(image, limits.size());
            return PictureEncoder.encode(square);
        } catch (TooLarge e) {
            return new Refused(e.getMessage());
        } catch (IOException | RuntimeException e) {
            // ImageIO reports broken data with IIOException and, for some truncated files, with runtime exceptions.
            return new Refused("the " + kind.get() + " image could not be decoded (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): it is corrupt or truncated");
        }
    }

    private BufferedImage decode(ImageKind kind, byte[] source) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(source))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.formatName());
            if (!readers.hasNext()) {
                throw new IIOException("this Java runtime has no " + kind + " reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkDimensions(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                // Decoding every n-th pixel of a large photo keeps memory near the target size, not the source's.
                int step = Math.max(1, Math.min(width, height) / (2 * limits.size()));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private void checkDimensions(int width, int height) {
        if (width < 1 || height < 1) {
            throw new TooLarge("the image header gives no size (" + width + " x " + height + "): it is corrupt");
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw new TooLarge("the image claims " + width + " x " + height + " pixels, more than the "
                    + limits.maxSide() + " a side or " + limits.maxPixels() + " in all that are decoded "
                    + "(a possible decompression bomb); it was not decoded");
        }
    }

    /** A refusal found while reading the header; carries its message to the caller. */
    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
