package dev.profilesync.standalone.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns; numbers are right-aligned; a header of empty names is not printed.
 * Not thread-safe.
 */
public final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    public TextTable row(Object... cells) {
        List<String> row = new ArrayList<>(headers.size());
        for (Object cell : cells) {
            row.add(cell == null ? "" : oneLine(cell.toString()));
        }
        rows.add(row);
        return this;
    }

    public void print(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            numeric[c] = !rows.isEmpty();
        }
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length && c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
                numeric[c] &= row.get(c).isEmpty() || row.get(c).matches("-?[0-9][0-9.,]*( ?[a-zA-Z%/]+)?");
            }
        }
        if (headers.stream().anyMatch(header -> !header.isEmpty())) {
            line(out, indent, headers, widths, new boolean[widths.length]);
        }
        for (List<String> row : rows) {
            line(out, indent, row, widths, numeric);
        }
    }

    private static void line(PrintWriter out, String indent, List<String> cells, int[] widths, boolean[] right) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(right[c] ? pad + cell : cell + (c == widths.length - 1 ? "" : pad));
            if (c < widths.length - 1) {
                line.append("  ");
            }
        }
        out.println(line.toString().stripTrailing());
    }

    /**
     * Keeps a multi-line value on one table line, showing where its line breaks were, and shows other control
     * characters as U+FFFD so that no value from a directory can move the cursor or recolour the terminal.
     */
    static String oneLine(String value) {
        StringBuilder line = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                continue;
            }
            line.append(c == '\n' || c == '\r' ? '\u23CE' : c == '\t' ? ' ' : Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return line.toString();
    }
}
