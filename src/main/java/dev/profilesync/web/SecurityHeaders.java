package dev.profilesync.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Response headers that keep the page's own scripts the only ones that run, and keep it out of other sites' frames.
 * The standalone host sends {@link #all()} on every response. Inside Confluence the pages are decorated by Confluence,
 * whose own headers and policy apply, so its servlets send {@link #hosted()}: the part that is ours to say.
 */
public final class SecurityHeaders {

    /** Scripts and styles only from the page's own files: no inline script, no eval, no other origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Every header, for a host that serves the pages alone (the standalone runner). */
    public static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>(hosted());
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        return Map.copyOf(headers);
    }

    /**
     * What every response still needs inside a host that secures its own pages: its type is never sniffed (an API
     * answer or a picture is never run as HTML) and nothing is cached (answers carry tokens and personal data).
     */
    public static Map<String, String> hosted() {
        return Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "no-store");
    }
}
