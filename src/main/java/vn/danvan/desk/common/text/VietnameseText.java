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
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
