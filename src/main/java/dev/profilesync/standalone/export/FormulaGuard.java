package dev.profilesync.standalone.export;

/**
 * Keeps directory values from running as spreadsheet formulas ("CSV injection"). A spreadsheet reads a cell that
 * begins with {@code = + - @}, a tab or a carriage return as a formula. The export is comma separated,
 * but spreadsheets set to a locale whose list separator is {@code ;}, or that import with tab as separator, split
 * a cell again at those characters, and ones that ignore quoting split at line breaks: each piece then begins a
 * cell of its own. So a single quote goes before every formula character that starts the value or follows one of
 * those separators (spaces between are skipped, as some spreadsheets trim them). The quote shows the text as typed.
 * Stateless.
 */
final class FormulaGuard {
    private FormulaGuard() {
    }

    static String neutralise(String value) {
        StringBuilder out = null;
        boolean pieceStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (pieceStart && isFormulaStart(c, i == 0)) {
                if (out == null) {
                    out = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                out.append('\'');
            }
            if (out != null) {
                out.append(c);
            }
            if (isSeparator(c)) {
                pieceStart = true;
            } else if (c != ' ') {
                pieceStart = false;
            }
        }
        return out == null ? value : out.toString();
    }

    /** A tab or carriage return before a formula also makes one, but only where the value itself begins. */
    private static boolean isFormulaStart(char c, boolean valueStart) {
        return c == '=' || c == '+' || c == '-' || c == '@' || (valueStart && (c == '\t' || c == '\r'));
    }

    private static boolean isSeparator(char c) {
        return c == ';' || c == '\t' || c == '\n' || c == '\r';
    }
}
