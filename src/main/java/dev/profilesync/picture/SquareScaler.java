package dev.profilesync.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Makes the stored square: the largest centred square of the image (a centre crop: avatars are shown square, and a
 * portrait's face is usually near the middle; padding would shrink the face and add bars), scaled down to at most
 * {@code size} pixels a side, never up. Stateless.
 */
final class SquareScaler {
    private SquareScaler() {
    }

    static BufferedImage square(BufferedImage image, int size) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        int target = Math.min(side, size);
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(target, target, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, target, target, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
