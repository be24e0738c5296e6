package dev.profilesync.confluence;

import javax.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A servlet request's parameters as the shared pages and API read them: the first value of each. */
final class RequestParameters {
    private RequestParameters() {
    }

    static Map<String, String> firstValues(HttpServletRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values != null && values.length > 0) {
                query.put(name, values[0]);
            }
        });
        return query;
    }
}
