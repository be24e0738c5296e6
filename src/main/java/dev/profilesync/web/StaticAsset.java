package dev.profilesync.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file of the admin page (style sheet, script), served as it is from the classpath. Only the files named in
 * {@link #FILES} exist, so no request path can reach anything else.
 *
 * @param name        path below {@code assets/}, e.g. {@code js/main.js}
 * @param contentType the Content-Type header to send
 * @param bytes       the file
 */
public record StaticAsset(String name, String contentType, byte[] bytes) {
    static final String ROOT = "/dev/profilesync/web/static/";
    static final java.util.List<String> FILES = java.util.List.of(
            "css/aui-lite.css", "css/admin.css", "css/people.css",
            "js/i18n.js", "js/dom.js", "js/api.js", "js/sync.js", "js/history.js", "js/settings.js", "js/schedule.js",
            "js/fields.js", "js/directories.js", "js/writeback.js", "js/users.js", "js/main.js");
    private static final Map<String, StaticAsset> CACHE = new ConcurrentHashMap<>();

    /** The asset at this path below {@code assets/}, if it is one of the page's files. */
    public static Optional<StaticAsset> find(String name) {
        if (name == null || !FILES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(name, StaticAsset::load));
    }

    static byte[] read(String resource) {
        try (InputStream in = StaticAsset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The admin page's file " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the admin page's file " + resource, e);
        }
    }

    private static StaticAsset load(String name) {
        return new StaticAsset(name, contentTypeOf(name), read(ROOT + name));
    }

    private static String contentTypeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (lower.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        return "application/octet-stream";
    }
}
