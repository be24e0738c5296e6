package dev.profilesync.people.edit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as the edit form posts it when it has a picture input, in any
 * host: text fields as UTF-8 strings and file inputs as bytes, the first part of each name winning. The body is read
 * only up to a cap: a declared length above it is refused before a byte is read, and reading stops one byte past it,
 * so a huge upload never fills the memory. Stateless; written here rather than embedded (commons-fileupload would be
 * one more library in the plugin bundle for one form).
 */
public final class MultipartForm {
    private static final int MAX_PARTS = 100;
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartForm() {
    }

    /** What the body held: text fields and files (an empty file input is a file of no bytes). */
    public record Parts(Map<String, String> fields, Map<String, byte[]> files) {
        public Parts {
            fields = Map.copyOf(fields);
            files = Map.copyOf(files);
        }
    }

    /** Whether a request with this Content-Type is a multipart form. */
    public static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Reads and parses the body.
     *
     * @param declaredLength the Content-Length, or -1 when unknown (chunked)
     * @param maxBytes       the most the whole body may hold
     * @throws TooLarge  when the body holds more than {@code maxBytes}
     * @throws Malformed when it is not a multipart body the form could have sent
     */
    public static Parts read(String contentType, long declaredLength, InputStream body, int maxBytes)
            throws IOException {
        byte[] boundary = boundary(contentType).orElseThrow(() -> new Malformed("no multipart boundary"));
        if (declaredLength > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        return parse(readCapped(body, maxBytes), boundary);
    }

    private static byte[] readCapped(InputStream body, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = body.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1L - out.size()))) > 0) {
            out.write(buffer, 0, read);
            if (out.size() > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }
        return out.toByteArray();
    }

    static Optional<byte[]> boundary(String contentType) {
        if (!isMultipart(contentType)) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("boundary")) {
                String value = unquoted(pair[1].strip());
                // RFC 2046: 1 to 70 characters; anything else is not a form a browser sent.
                if (!value.isEmpty() && value.length() <= 70) {
                    return Optional.of(("--" + value).getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
        return Optional.empty();
    }

    private static Parts parse(byte[] body, byte[] delimiter) throws Malformed {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        int at = startsWith(body, 0, delimiter) ? 0 : indexOf(body, concat(CRLF, delimiter), 0);
        if (at < 0) {
            throw new Malformed("no part starts with the boundary");
        }
        at = at == 0 ? delimiter.length : at + CRLF.length + delimiter.length;
        for (int parts = 0; ; parts++) {
            if (startsWith(body, at, new byte[] {'-', '-'})) {
                return new Parts(fields, files);
            }
            if (parts == MAX_PARTS || !startsWith(body, at, CRLF)) {
                throw new Malformed(parts == MAX_PARTS ? "more than " + MAX_PARTS + " parts" : "a broken boundary line");
            }
            int headersStart = at + CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersEnd < 0 || headersEnd - headersStart > MAX_HEADER_BYTES) {
                throw new Malformed("a part without the end of its headers");
            }
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, concat(CRLF, delimiter), contentStart);
            if (contentEnd < 0) {
                throw new Malformed("a part without the closing boundary");
            }
            Disposition disposition = Disposition.of(new String(body, headersStart, headersEnd - headersStart,
                    StandardCharsets.UTF_8));
            byte[] content = Arrays.copyOfRange(body, contentStart, contentEnd);
            if (disposition.file()) {
                files.putIfAbsent(disposition.name(), content);
            } else {
                fields.putIfAbsent(disposition.name(), new String(content, StandardCharsets.UTF_8));
            }
            at = contentEnd + CRLF.length + delimiter.length;
        }
    }

    /** The part's field name and whether it is a file input (it has a filename, possibly empty). */
    private record Disposition(String name, boolean file) {
        static Disposition of(String headers) throws Malformed {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    for (String parameter : line.substring(colon + 1).split(";")) {
                        String[] pair = parameter.strip().split("=", 2);
                        if (pair.length == 2) {
                            parameters.putIfAbsent(pair[0].strip().toLowerCase(Locale.ROOT), unquoted(pair[1].strip()));
                        }
                    }
                    if (parameters.containsKey("name")) {
                        return new Disposition(parameters.get("name"), parameters.containsKey("filename"));
                    }
                }
            }
            throw new Malformed("a part without a form field name");
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        return at >= 0 && at + prefix.length <= body.length
                && Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] body, byte[] wanted, int from) {
        for (int i = Math.max(from, 0); i + wanted.length <= body.length; i++) {
            if (body[i] == wanted[0] && startsWith(body, i, wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** The body is larger than the cap; nothing of it is used. */
    public static final class TooLarge extends IOException {
        TooLarge(int maxBytes) {
            super("the form is larger than " + maxBytes + " bytes");
        }
    }

    /** The body is not a multipart form as a browser sends it. */
    public static final class Malformed extends IOException {
        Malformed(String what) {
            super("not a multipart form: " + what);
        }
    }
}
