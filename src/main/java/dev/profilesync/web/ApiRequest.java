package dev.profilesync.web;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to the admin API, independent of the transport. The binding parses the HTTP request, authenticates the
 * caller and checks the XSRF token against the session; {@link AdminApi} decides the rest.
 *
 * @param method         HTTP method, upper case
 * @param path           the path below the API root without a leading slash, e.g. {@code status} or {@code sync/start}
 * @param query          query parameters (first value of each)
 * @param body           the request body, empty for none (JSON for POST)
 * @param caller         who asks
 * @param xsrfTokenValid the binding found the caller's XSRF token on the request (header or form field)
 */
public record ApiRequest(String method, String path, Map<String, String> query, String body, Caller caller,
                         boolean xsrfTokenValid) {

    public ApiRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
        path = stripSlashes(Objects.requireNonNullElse(path, ""));
        query = Map.copyOf(Objects.requireNonNullElse(query, Map.of()));
        body = Objects.requireNonNullElse(body, "");
        caller = Objects.requireNonNullElse(caller, Caller.ANONYMOUS);
    }

    public static ApiRequest get(String path, Map<String, String> query, Caller caller) {
        return new ApiRequest("GET", path, query, "", caller, false);
    }

    public static ApiRequest post(String path, String body, Caller caller, boolean xsrfTokenValid) {
        return new ApiRequest("POST", path, Map.of(), body, caller, xsrfTokenValid);
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
