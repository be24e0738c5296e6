package dev.profilesync.web;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The answer to an {@link ApiRequest}: an HTTP status, a content type and the body to send. Nearly every answer is
 * JSON, in which every string is escaped, including {@code <}, {@code >}, {@code &} and {@code '}, so a directory
 * value cannot close a tag even if a client pasted the JSON into HTML. A stored profile picture is the one binary
 * answer ({@link #image}). Bindings write {@link #contentType()} and {@link #body()}, and send
 * {@code X-Content-Type-Options: nosniff} with every answer.
 *
 * @param json        the JSON text; empty for a binary answer
 * @param contentType the Content-Type header
 * @param body        the bytes to send (copied in and out)
 */
public record ApiResponse(int status, String json, String contentType, byte[] body) {

    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    public ApiResponse {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(contentType, "contentType");
        body = body.clone();
    }

    /** A JSON answer. */
    public ApiResponse(int status, String json) {
        this(status, json, CONTENT_TYPE, json.getBytes(StandardCharsets.UTF_8));
    }

    /** An image: only types a browser shows as an image, never one it could run or render as a page. */
    static ApiResponse image(String mediaType, byte[] bytes) {
        if (!UsersController.IMAGE_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("not an image type the page serves: " + mediaType);
        }
        return new ApiResponse(200, "", mediaType, bytes);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiResponse that && status == that.status && json.equals(that.json)
                && contentType.equals(that.contentType) && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, json, contentType);
    }

    @Override
    public String toString() {
        return "ApiResponse[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
