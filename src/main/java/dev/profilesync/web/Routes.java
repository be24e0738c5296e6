package dev.profilesync.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The API's actions by method and path; filled once by the controllers, then only read. */
final class Routes {

    /** What an action may do, which decides the checks it gets. */
    enum Access {
        /** GET: reads only, never changes state. */
        READ,
        /** POST that changes state: refused in read-only mode. */
        WRITE,
        /** POST that changes no stored state (e.g. a connection test): allowed in read-only mode. */
        ACTION
    }

    interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    record Route(Access access, Handler handler) {
        String method() {
            return access == Access.READ ? "GET" : "POST";
        }
    }

    private final Map<String, Route> byPath = new LinkedHashMap<>();

    Routes read(String path, Handler handler) {
        return add(path, new Route(Access.READ, handler));
    }

    Routes write(String path, Handler handler) {
        return add(path, new Route(Access.WRITE, handler));
    }

    Routes action(String path, Handler handler) {
        return add(path, new Route(Access.ACTION, handler));
    }

    Optional<Route> find(String method, String path) {
        return Optional.ofNullable(byPath.get(method + " " + path));
    }

    /** Some action has this path, perhaps under another method. */
    boolean knows(String path) {
        return byPath.containsKey("GET " + path) || byPath.containsKey("POST " + path);
    }

    private Routes add(String path, Route route) {
        if (byPath.putIfAbsent(route.method() + " " + path, route) != null) {
            throw new IllegalStateException("Two API actions share " + route.method() + " " + path);
        }
        return this;
    }
}
