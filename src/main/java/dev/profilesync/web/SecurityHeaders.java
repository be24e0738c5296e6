package dev.profilesync.web;

import java.util.Map;

/**
 * Response headers that keep the page's own scripts the only ones that run, and keep it out of other sites' frames.
 * The standalone binding sends them on every response; inside Confluence the host's own headers apply.
 */
public final class SecurityHeaders {

    /** Scripts and styles only from the page's own files: no inline script, no eval, no other origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static Map<String, String> all() {
        return Map.of(
                "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Referrer-Policy", "no-referrer",
                "Cache-Control", "no-store");
    }
}
