package dev.profilesync.picture;

import dev.profilesync.core.port.PictureProcessor;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Re-encodes the scaled square: JPEG (quality 0.85, small for photos) unless the image has transparency, which JPEG
 * cannot hold, then PNG. Re-encoding also drops whatever else the source file carried (metadata, trailing data).
 */
final class PictureEncoder {
    private static final float JPEG_QUALITY = 0.85f;

    private PictureEncoder() {
    }

    static PictureProcessor.Outcome encode(BufferedImage square) throws IOException {
        if (square.getColorModel().hasAlpha()) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(square, "png", png);
            return new PictureProcessor.Ready("image/png", png.toByteArray());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(jpeg)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(square, null, null), param);
        } finally {
            writer.dispose();
        }
        return new PictureProcessor.Ready("image/jpeg", jpeg.toByteArray());
    }
}
