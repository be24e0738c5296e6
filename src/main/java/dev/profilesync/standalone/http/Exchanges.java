package dev.profilesync.standalone.http;

import com.sun.net.httpserver.HttpExchange;
import dev.profilesync.i18n.Translations;
import dev.profilesync.web.SecurityHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reading requests and writing responses on the JDK's HTTP server; every response gets the security headers. */
final class Exchanges {
    static final int MAX_BODY_BYTES = 1 << 20;

    private Exchanges() {
    }

    static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_BODY_BYTES) {
                    throw new BodyTooLarge();
                }
                out.write(buffer, 0, read);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** Parses {@code a=1&b=2} (query strings and form bodies); the first value of each name wins. */
    static Map<String, String> params(String encoded) {
        Map<String, String> params = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty()) {
                params.putIfAbsent(name, value);
            }
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed %-escape is the client's mistake: keep the raw text, which matches nothing.
            return text;
        }
    }

    static Optional<String> cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String part : header.split(";")) {
                String trimmed = part.trim();
                if (trimmed.startsWith(name + "=")) {
                    return Optional.of(trimmed.substring(name.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    /** A cookie only this site's own pages send, that scripts cannot read. */
    static String cookieHeader(String name, String value, boolean expire) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (expire ? "; Max-Age=0" : "");
    }

    /**
     * The words for this request, in the language its {@code Accept-Language} header prefers; the answer then
     * depends on that header, which {@code Vary} tells any cache on the way.
     */
    static Translations translations(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Vary", "Accept-Language");
        return Translations.of(Translations.fromAcceptLanguage(exchange.getRequestHeaders().getFirst("Accept-Language")));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        SecurityHeaders.all().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 303, "text/plain;charset=UTF-8", new byte[0]);
    }

    /** The request body was larger than {@link #MAX_BODY_BYTES}. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body larger than " + MAX_BODY_BYTES + " bytes");
        }
    }
}
