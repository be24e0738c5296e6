package dev.profilesync.standalone.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaStartWithAQuote() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(CsvExport.cell("+1")).isEqualTo("'+1");
        assertThat(CsvExport.cell("-2")).isEqualTo("'-2");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvExport.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.cell("")).isEmpty();
    }

    @Test
    void formulasAfterTheSeparatorsOfOtherSpreadsheetLocalesAreNeutralisedToo() {
        assertThat(CsvExport.cell("Sales;=cmd|' /C calc'!A0")).isEqualTo("Sales;'=cmd|' /C calc'!A0");
        assertThat(CsvExport.cell("a; +1")).isEqualTo("a; '+1");
        assertThat(CsvExport.cell("x\t@SUM(A1)")).isEqualTo("x\t'@SUM(A1)");
        assertThat(CsvExport.cell("one\n-2")).isEqualTo("\"one\n'-2\"");
        assertThat(CsvExport.cell("R&D; Sales\tBerlin")).isEqualTo("R&D; Sales\tBerlin");
        assertThat(CsvExport.cell("a-b=c")).isEqualTo("a-b=c");
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(CsvExport.cell("Doe, Jane")).isEqualTo("\"Doe, Jane\"");
        assertThat(CsvExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
    }

    @Test
    void headerIsUsernameAndFieldKeysInDefinitionOrderWithCrlfLines() throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.write(List.of(new ExportRow("anna", Map.of("title", "Boss")), new ExportRow("ben", Map.of())),
                List.of("title", "phone"), out);
        assertThat(out).hasToString("username,title,phone\r\nanna,Boss,\r\nben,,\r\n");
    }
}
