package dev.profilesync.standalone.export;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any directory value through the CSV writer: read back as RFC 4180 it is the value with quotes added only before
 * formula characters, and no piece a spreadsheet could split off (at a comma-quoted cell's start, after ; tab or a
 * line break) starts a formula.
 */
class CsvExportFuzzTest {
    /** A piece of a cell as a spreadsheet may split it: the start, or after ; tab CR LF, spaces skipped. */
    private static final Pattern FORMULA_PIECE = Pattern.compile("(^|[;\\t\\r\\n]) *[=+\\-@]");

    @FuzzTest(maxDuration = "10s")
    void noValueLeavesTheWriterAsAFormula(FuzzedDataProvider data) {
        String value = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);

        String cell = CsvExport.cell(value);
        String read = unquote(cell);

        assertThat(FORMULA_PIECE.matcher(read).find()).as("formula piece in %s", read).isFalse();
        assertThat(read.replace("'", "")).isEqualTo(value.replace("'", ""));
    }

    private static String unquote(String cell) {
        if (!cell.startsWith("\"")) {
            assertThat(cell).doesNotContain(",", "\"", "\n", "\r");
            return cell;
        }
        assertThat(cell).endsWith("\"");
        String inner = cell.substring(1, cell.length() - 1);
        assertThat(inner.replace("\"\"", "")).doesNotContain("\"");
        return inner.replace("\"\"", "\"");
    }
}
