package dev.profilesync.web;

/**
 * How a binding maps the paths below the page's root: {@code /} is the page, {@code /assets/...} its files,
 * {@code /api/...} the API. The page uses relative links, so its root must end with a slash: a request for the
 * root without one is redirected.
 */
public final class AdminPaths {

    /** What a path asks for. */
    public enum Kind {
        /** The root without its trailing slash: redirect to it with the slash. */
        REDIRECT_TO_ROOT,
        PAGE,
        ASSET,
        API,
        NOT_FOUND
    }

    /** @param rest for ASSET the name below assets/, for API the action path */
    public record Target(Kind kind, String rest) {
    }

    private AdminPaths() {
    }

    /** @param path the request path below the page's root, e.g. "" , "/", "/api/status" (servlet: getPathInfo()) */
    public static Target resolve(String path) {
        if (path == null || path.isEmpty()) {
            return new Target(Kind.REDIRECT_TO_ROOT, "");
        }
        if (path.equals("/") || path.equals("/index.html")) {
            return new Target(Kind.PAGE, "");
        }
        if (path.startsWith("/assets/")) {
            return new Target(Kind.ASSET, path.substring("/assets/".length()));
        }
        if (path.startsWith("/api/")) {
            return new Target(Kind.API, path.substring("/api/".length()));
        }
        return new Target(Kind.NOT_FOUND, path);
    }
}
