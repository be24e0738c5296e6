package dev.profilesync.standalone.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One exported user: the username and the field values they have, in field definition order.
 *
 * @param username the username at the last sync
 * @param fields   field key to value; fields without a value are left out
 */
public record ExportRow(String username, Map<String, String> fields) {
    public ExportRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
