package vn.danvan.desk.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of Vietnamese text: everything is stored NFC; search keys are accent-folded so that
 * {@code nguyen} finds {@code Nguyễn} and {@code d} finds {@code đ}, whatever Unicode form the user typed.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Trims, collapses inner white space and composes to NFC; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(composed.strip()).replaceAll(" ");
    }

    /** {@link #clean(String)}, and an empty result becomes {@code null}: for optional fields. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** Lower-case, accent-free, đ folded to d, single-spaced: the form stored in the {@code *_search} columns. */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String quick = Folding.key(text);
        return quick != null ? quick : slowSearchKey(text);
    }

    /**
     * {@link #searchKey} by its definition: decompose (NFD), drop the combining marks, fold đ, lower-case, trim and
     * collapse white space. {@link Folding} gives the same result a character at a time for the characters it knows
     * (Latin, Vietnamese, the usual punctuation), several times faster; a list import folds millions of cells.
     */
    static String slowSearchKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** The fold of one character, looked up in a table made once from {@link #slowSearchKey}'s own rules. */
    static final class Folding {

        private static final int SIZE = 0x2000;
        /** The character is not in the table: the whole text takes the slow way. */
        private static final char UNKNOWN = '\uFFFF';
        /** A combining mark: dropped. */
        private static final char DROP = '\uFFFE';
        private static final char[] TABLE = table();

        private Folding() {
        }

        /** The search key of {@code text}, or {@code null} when a character of it is not in the table. */
        static String key(String text) {
            char[] out = new char[text.length()];
            int length = 0;
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char folded = c < SIZE ? TABLE[c] : UNKNOWN;
                if (folded == UNKNOWN) {
                    return null;
                } else if (folded == ' ') {
                    space = length > 0;
                } else if (folded != DROP) {
                    if (space) {
                        out[length++] = ' ';
                        space = false;
                    }
                    out[length++] = folded;
                }
            }
            return new String(out, 0, length);
        }

        private static char[] table() {
            char[] table = new char[SIZE];
            for (char c = 0; c < SIZE; c++) {
                table[c] = fold(c);
            }
            return table;
        }

        /**
         * One character's fold: the white space that {@code \s} matches becomes a space; a character whose key is
         * one other character (or nothing, for a combining mark) maps to it. Left to the slow way: other white
         * space (kept inside a key, trimmed at its ends), capital sigma (its lower case depends on the next
         * character), and anything that folds to more than one character.
         */
        private static char fold(char c) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return ' ';
            }
            if (Character.isWhitespace(c) || Character.isSurrogate(c) || c == '\u03A3') {
                return UNKNOWN;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                    .toLowerCase(Locale.ROOT);
            if (folded.isEmpty()) {
                return DROP;
            }
            char only = folded.charAt(0);
            boolean single = folded.length() == 1 && !Character.isWhitespace(only) && only != UNKNOWN
                    && only != DROP;
            return single ? only : UNKNOWN;
        }
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
