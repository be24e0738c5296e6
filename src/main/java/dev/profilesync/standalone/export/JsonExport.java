package dev.profilesync.standalone.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes rows as a JSON array of {@code {"username": ..., "fields": {key: value}}}, indented. */
public final class JsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {
    }

    public static void write(List<ExportRow> rows, Writer out) throws IOException {
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, rows);
        out.write(System.lineSeparator());
        out.flush();
    }
}
