package dev.profilesync.standalone.demo;

import com.unboundid.ldap.sdk.Entry;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Generated pictures for the demo's people, put in their {@code jpegPhoto}: a symmetric 5 x 5 pattern in a colour,
 * both taken from the username, so each person has their own and keeps it across runs. Patterns rather than letters
 * because drawing text needs fonts, which a headless Java on a fresh server may not have; the people pages already
 * show initials for anyone without a picture. 96 x 96 JPEG, the size Outlook expects of thumbnailPhoto. Stateless.
 */
final class DemoPictures {
    static final int SIZE = 96;
    private static final int CELLS = 5;

    private DemoPictures() {
    }

    /** The entry with a generated jpegPhoto added. */
    static Entry withPicture(Entry person) {
        Entry copy = person.duplicate();
        copy.addAttribute("jpegPhoto", picture(person.getAttributeValue("uid")));
        return copy;
    }

    static byte[] picture(String username) {
        CRC32 crc = new CRC32();
        crc.update(username.getBytes(StandardCharsets.UTF_8));
        long bits = crc.getValue();
        Color colour = Color.getHSBColor((bits & 0xFF) / 255f, 0.55f, 0.75f);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xF4F5F7));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(colour);
            int cell = SIZE / (CELLS + 1);
            int margin = (SIZE - cell * CELLS) / 2;
            // Three columns from the bits, mirrored: faces and badges are symmetric, which reads as a picture.
            for (int row = 0; row < CELLS; row++) {
                for (int column = 0; column < 3; column++) {
                    if (((bits >> (8 + row * 3 + column)) & 1) == 1) {
                        g.fillRect(margin + column * cell, margin + row * cell, cell, cell);
                        g.fillRect(margin + (CELLS - 1 - column) * cell, margin + row * cell, cell, cell);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a demo picture", e);
        }
        return out.toByteArray();
    }
}
