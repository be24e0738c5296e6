package dev.profilesync.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Confluence's Active Objects plugin gives a plugin's tables: {@code AO_}, the last six hex digits
 * of the MD5 of the {@code <ao>} module's namespace (by default the plugin key), and {@code _}. The standalone host
 * uses the same rule so its tables are named exactly as in Confluence.
 */
public final class AoTablePrefix {
    /** The plugin key: groupId.artifactId, as the plugin SDK makes it. */
    public static final String NAMESPACE = "dev.profilesync.profile-sync";
    public static final String PREFIX = of(NAMESPACE);

    private AoTablePrefix() {
    }

    public static String of(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
