package dev.profilesync.people.edit;

import java.util.HashMap;
import java.util.Map;

/**
 * What the edit form posted, in any host: the person's values ({@code value.KEY}), the directory values the form
 * was opened with ({@code opened.KEY}) and, after a conflict, the person's choice per field ({@code choice.KEY}:
 * {@code mine} or {@code directory}; taking the directory's value submits the value the form now carries as opened).
 */
public record EditSubmission(Map<String, String> opened, Map<String, String> values) {
    public static final String VALUE = "value.";
    public static final String OPENED = "opened.";
    public static final String CHOICE = "choice.";

    public EditSubmission {
        opened = Map.copyOf(opened);
        values = Map.copyOf(values);
    }

    public static EditSubmission parse(Map<String, String> params) {
        Map<String, String> opened = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(OPENED)) {
                opened.put(name.substring(OPENED.length()), value == null ? "" : value);
            } else if (name.startsWith(VALUE)) {
                values.put(name.substring(VALUE.length()), value == null ? "" : value);
            }
        });
        params.forEach((name, value) -> {
            String key = name.startsWith(CHOICE) ? name.substring(CHOICE.length()) : null;
            if (key != null && "directory".equals(value) && values.containsKey(key)) {
                values.put(key, opened.getOrDefault(key, ""));
            }
        });
        return new EditSubmission(opened, values);
    }
}
