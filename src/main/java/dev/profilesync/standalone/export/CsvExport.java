package dev.profilesync.standalone.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV (comma separated, CRLF line ends, cells with a comma, quote or line break in double
 * quotes) that is safe to open in a spreadsheet: see {@link FormulaGuard} for how values that a
 * spreadsheet would read as a formula are neutralised.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** Header: {@code username}, then the field keys in definition order. */
    public static void write(List<ExportRow> rows, List<String> fieldKeys, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        line.append(cell("username"));
        fieldKeys.forEach(key -> line.append(',').append(cell(key)));
        out.write(line.append("\r\n").toString());
        for (ExportRow row : rows) {
            line.setLength(0);
            line.append(cell(row.username()));
            for (String key : fieldKeys) {
                line.append(',').append(cell(row.fields().getOrDefault(key, "")));
            }
            out.write(line.append("\r\n").toString());
        }
        out.flush();
    }

    static String cell(String value) {
        String safe = FormulaGuard.neutralise(value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
