package dev.profilesync.core.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching the way people type it: lower case, accents dropped ("Zürich" is "zurich"), so a search
 * for "zur" finds Zürich. Stateless.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]+");

    private TextFold() {
    }

    /** The folded form: decomposed, marks and invisible characters removed, lower case. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isPrintableAscii(text)) {
            // Most directory values: nothing to decompose or remove (and no regex to run 100,000 times).
            return text.toLowerCase(Locale.ROOT);
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        plain = INVISIBLE.matcher(plain).replaceAll("");
        // German sharp s has no decomposition; people type "ss".
        return plain.toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    /** The words of the folded text, separated by single spaces, with a leading space: " zurich office". */
    static String words(String text) {
        String folded = fold(text);
        StringBuilder words = new StringBuilder(folded.length() + 1);
        boolean inWord = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words.append(' ');
                    inWord = true;
                }
                words.append(c);
            } else {
                inWord = false;
            }
        }
        return words.toString();
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7f || c < 0x20) {
                return false;
            }
        }
        return true;
    }
}
