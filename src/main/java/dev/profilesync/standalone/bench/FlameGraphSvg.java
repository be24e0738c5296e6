package dev.profilesync.standalone.bench;

import java.util.Locale;

/**
 * Renders collapsed stacks as a flame graph in one self-contained SVG file: the root at the bottom, each callee on
 * top of its caller, widths in proportion to samples. Every frame has a {@code <title>} (full name, samples, share)
 * that browsers show on hover; labels are cut to fit the box. No scripts, so it opens anywhere an image does.
 */
public final class FlameGraphSvg {
    static final int WIDTH = 1200;
    static final int FRAME_HEIGHT = 16;
    private static final int PAD = 10;
    private static final int TOP = 40;
    /** About the width of one character of the 11 px monospace font. */
    private static final double CHAR_WIDTH = 6.7;
    private static final double MIN_WIDTH = 0.3;

    private FlameGraphSvg() {
    }

    public static String render(CollapsedStacks stacks, String title) {
        FlameNode root = FlameNode.of(stacks);
        int height = TOP + root.depth() * FRAME_HEIGHT + PAD;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\">\n", WIDTH, height, WIDTH, height))
                .append("<style>text{font:11px monospace;fill:#000}rect{stroke:#fff;stroke-width:0.5}"
                        + "g:hover rect{stroke:#000;stroke-width:1}.title{font:16px sans-serif}</style>\n")
                .append(format("<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#f8f8f0\"/>\n", WIDTH, height))
                .append(format("<text class=\"title\" x=\"%d\" y=\"24\">", PAD))
                .append(escape(title)).append(format(" (%,d samples)</text>\n", root.samples()));
        if (root.samples() > 0) {
            double scale = (WIDTH - 2.0 * PAD) / root.samples();
            frame(svg, root, root.samples(), PAD, height - PAD - FRAME_HEIGHT, scale);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void frame(StringBuilder svg, FlameNode node, long total, double x, int y, double scale) {
        double width = node.samples() * scale;
        if (width < MIN_WIDTH) {
            return;
        }
        svg.append("<g><title>").append(escape(node.name()))
                .append(format(" (%,d samples, %.2f%%)", node.samples(), 100.0 * node.samples() / total))
                .append("</title>")
                .append(format("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", x, y, width,
                        FRAME_HEIGHT - 1, colour(node.name())));
        String label = label(node.name(), width);
        if (!label.isEmpty()) {
            svg.append(format("<text x=\"%.1f\" y=\"%d\">", x + 3, y + FRAME_HEIGHT - 4)).append(escape(label))
                    .append("</text>");
        }
        svg.append("</g>\n");
        double childX = x;
        for (FlameNode child : node.children()) {
            frame(svg, child, total, childX, y - FRAME_HEIGHT, scale);
            childX += child.samples() * scale;
        }
    }

    /**
     * The method with its class but without the package (the title has the full name), cut with ".." to what fits
     * in the box; nothing when not even three characters fit.
     */
    static String label(String name, double width) {
        int fits = (int) ((width - 6) / CHAR_WIDTH);
        if (fits < 3) {
            return "";
        }
        String shown = withoutPackage(name);
        return shown.length() <= fits ? shown : shown.substring(0, fits - 2) + "..";
    }

    static String withoutPackage(String name) {
        int method = name.lastIndexOf('.');
        if (name.startsWith("[") || name.startsWith("thread ") || method < 0) {
            return name;
        }
        int type = name.lastIndexOf('.', method - 1);
        return name.substring(type + 1);
    }

    /** The project's own frames green, the JDK's blue, everything else (libraries) warm; shades vary by name. */
    static String colour(String name) {
        int shade = Math.floorMod(name.hashCode(), 50);
        if (name.startsWith("dev.profilesync.")) {
            return format("rgb(%d,%d,%d)", 80 + shade, 190 + shade / 2, 80 + shade);
        }
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || name.startsWith("com.sun.") || name.startsWith("javax.")) {
            return format("rgb(%d,%d,%d)", 90 + shade, 150 + shade, 220);
        }
        return format("rgb(%d,%d,%d)", 220 + shade / 2, 110 + shade * 2, 50 + shade);
    }

    /** XML text and attribute escaping: frame names carry {@code <init>}, {@code $} and, from lambdas, more. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
