package dev.profilesync.web;

import java.util.Objects;

/**
 * The answer to an {@link ApiRequest}: an HTTP status and a JSON body. Every string in the body is JSON-escaped,
 * including {@code <}, {@code >}, {@code &} and {@code '}, so a directory value cannot close a tag even if a client
 * pasted the JSON into HTML.
 */
public record ApiResponse(int status, String json) {

    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    public ApiResponse {
        Objects.requireNonNull(json, "json");
    }

    public String contentType() {
        return CONTENT_TYPE;
    }
}
