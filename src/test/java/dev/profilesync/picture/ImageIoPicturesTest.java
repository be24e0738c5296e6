package dev.profilesync.picture;

import dev.profilesync.core.port.PictureProcessor;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImageIoPicturesTest {
    private final ImageIoPictures pictures = ImageIoPictures.withDefaults();

    @Test
    void largeJpegBecomesA256PixelSquareJpeg() throws IOException {
        PictureProcessor.Ready ready = ready(pictures.prepare(TestImages.jpeg(1200, 800)));

        assertThat(ready.mediaType()).isEqualTo("image/jpeg");
        BufferedImage out = decode(ready.bytes());
        assertThat(out.getWidth()).isEqualTo(256);
        assertThat(out.getHeight()).isEqualTo(256);
    }

    @Test
    void smallPictureIsCroppedToASquareButNeverEnlarged() throws IOException {
        BufferedImage out = decode(ready(pictures.prepare(TestImages.jpeg(96, 120))).bytes());

        assertThat(out.getWidth()).isEqualTo(96);
        assertThat(out.getHeight()).isEqualTo(96);
    }

    @Test
    void centreCropKeepsTheMiddleOfAWideImage() throws IOException {
        // Left half red, right half white: the centred square of a 400 x 100 image is half red, half white.
        BufferedImage out = decode(ready(pictures.prepare(TestImages.image("gif", 400, 100, Color.RED))).bytes());

        assertThat(new Color(out.getRGB(10, 50)).getRed()).isGreaterThan(200);
        assertThat(new Color(out.getRGB(10, 50)).getGreen()).isLessThan(60);
        assertThat(new Color(out.getRGB(90, 50)).getGreen()).isGreaterThan(200);
    }

    @Test
    void pngWithTransparencyStaysPng() throws IOException {
        PictureProcessor.Ready ready = ready(pictures.prepare(TestImages.image("png", 300, 300, Color.GREEN)));

        assertThat(ready.mediaType()).isEqualTo("image/png");
        assertThat(decode(ready.bytes()).getWidth()).isEqualTo(256);
    }

    @Test
    void gifIsAccepted() {
        assertThat(ready(pictures.prepare(TestImages.image("gif", 64, 64, Color.RED))).mediaType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void somethingElseIsRefusedByItsFirstBytes() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(refused(pictures.prepare(svg))).contains("not a JPEG, PNG or GIF");
        assertThat(refused(pictures.prepare(TestImages.image("bmp", 10, 10, Color.RED)))).contains("not a JPEG");
    }

    @Test
    void corruptJpegIsRefused() {
        assertThat(refused(pictures.prepare(TestImages.corruptJpeg()))).contains("could not be decoded");
    }

    @Test
    void decompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        assertThat(refused(pictures.prepare(TestImages.pngClaiming(100_000, 100_000))))
                .contains("100000 x 100000").contains("decompression bomb");
    }

    @Test
    void manyPixelsWithinTheSideLimitAreRefusedToo() {
        assertThat(refused(pictures.prepare(TestImages.pngClaiming(9_000, 9_000)))).contains("9000 x 9000");
    }

    @Test
    void pictureOverTheByteLimitIsRefusedBeforeDecoding() {
        ImageIoPictures small = new ImageIoPictures(PictureLimits.defaults().withMaxSourceBytes(1_000));

        assertThat(refused(small.prepare(TestImages.jpeg(400, 400)))).contains("more than the 1000 allowed");
    }

    @Test
    void theByteCapComesFromTheSystemPropertyAndATypoKeepsTheDefault() {
        try {
            System.setProperty(PictureLimits.MAX_BYTES_PROPERTY, "2048");
            assertThat(ImageIoPictures.configured().maxSourceBytes()).isEqualTo(2048);
            System.setProperty(PictureLimits.MAX_BYTES_PROPERTY, "1MB");
            assertThat(ImageIoPictures.configured().maxSourceBytes()).isEqualTo(1024 * 1024);
            System.setProperty(PictureLimits.MAX_BYTES_PROPERTY, "-5");
            assertThat(ImageIoPictures.configured().maxSourceBytes()).isEqualTo(1024 * 1024);
        } finally {
            System.clearProperty(PictureLimits.MAX_BYTES_PROPERTY);
        }
    }

    private static PictureProcessor.Ready ready(PictureProcessor.Outcome outcome) {
        assertThat(outcome).isInstanceOf(PictureProcessor.Ready.class);
        return (PictureProcessor.Ready) outcome;
    }

    private static String refused(PictureProcessor.Outcome outcome) {
        assertThat(outcome).isInstanceOf(PictureProcessor.Refused.class);
        return ((PictureProcessor.Refused) outcome).reason();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
