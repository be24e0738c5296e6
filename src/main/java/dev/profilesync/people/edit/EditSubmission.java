package dev.profilesync.people.edit;

import java.util.HashMap;
import java.util.Map;

/**
 * What the edit form posted, in any host: the person's values ({@code value.KEY}), the directory values the form
 * was opened with ({@code opened.KEY}; a picture's digest, never its bytes), uploaded pictures ({@code upload.KEY},
 * file inputs) and, after a conflict, the person's choice per field ({@code choice.KEY}: {@code mine} or
 * {@code directory}; taking the directory's value submits the value the form now carries as opened, and drops an
 * upload). {@code problems} are choices that cannot be carried out, by field key, for the form to show.
 */
public record EditSubmission(Map<String, String> opened, Map<String, String> values, Map<String, byte[]> uploads,
                             Map<String, String> problems) {
    public static final String VALUE = "value.";
    public static final String OPENED = "opened.";
    public static final String CHOICE = "choice.";
    public static final String UPLOAD = "upload.";

    public EditSubmission {
        opened = Map.copyOf(opened);
        values = Map.copyOf(values);
        uploads = Map.copyOf(uploads);
        problems = Map.copyOf(problems);
    }

    /** A form without file inputs (url-encoded). */
    public static EditSubmission parse(Map<String, String> params) {
        return parse(params, Map.of());
    }

    /** A form with file inputs: the text fields and the files, by their form names. */
    public static EditSubmission parse(Map<String, String> params, Map<String, byte[]> files) {
        Map<String, String> opened = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        Map<String, byte[]> uploads = new HashMap<>();
        Map<String, String> problems = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(OPENED)) {
                opened.put(name.substring(OPENED.length()), value == null ? "" : value);
            } else if (name.startsWith(VALUE)) {
                values.put(name.substring(VALUE.length()), value == null ? "" : value);
            }
        });
        files.forEach((name, bytes) -> {
            // An empty file input posts a part of no bytes: no upload.
            if (name.startsWith(UPLOAD) && bytes != null && bytes.length > 0) {
                uploads.put(name.substring(UPLOAD.length()), bytes);
            }
        });
        params.forEach((name, value) -> {
            String key = name.startsWith(CHOICE) ? name.substring(CHOICE.length()) : null;
            if (key != null && "directory".equals(value)) {
                uploads.remove(key);
                if (values.containsKey(key)) {
                    values.put(key, opened.getOrDefault(key, ""));
                }
            } else if (key != null && "mine".equals(value) && !values.containsKey(key) && !uploads.containsKey(key)) {
                problems.put(key, "choose your picture again to keep it: a page cannot keep a file between two"
                        + " posts");
            }
        });
        return new EditSubmission(opened, values, uploads, problems);
    }
}
