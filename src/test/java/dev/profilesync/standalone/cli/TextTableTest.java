package dev.profilesync.standalone.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {
    @Test
    void columnsAlignAndNumbersAreRightAligned() {
        StringWriter out = new StringWriter();
        new TextTable("Name", "Count").row("a", 5).row("longer", 1234).print(new PrintWriter(out, true), "");
        assertThat(out.toString().lines()).containsExactly("Name    Count", "a           5", "longer   1234");
    }

    @Test
    void directoryValuesCannotBreakLinesOrSendTerminalControls() {
        assertThat(TextTable.oneLine("two\r\nlines\u001b[31m")).isEqualTo("two\u23CElines\uFFFD[31m");
    }
}
