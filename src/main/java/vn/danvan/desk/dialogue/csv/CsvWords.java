package vn.danvan.desk.dialogue.csv;

import java.util.regex.Pattern;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * How a word typed in the file is compared with the words the format knows: accents, case, punctuation and the
 * kind of separator aside ({@code Người phát biểu}, {@code nguoi-phat-bieu} and {@code NGUOI PHAT BIEU} are one).
 */
public final class CsvWords {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}]+");

    private CsvWords() {
    }

    public static String key(String text) {
        String folded = VietnameseText.searchKey(text);
        char[] out = new char[folded.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (gap) {
                    out[length++] = ' ';
                    gap = false;
                }
                out[length++] = c;
            } else {
                gap = length > 0;
            }
        }
        return new String(out, 0, length);
    }

    /** {@link #key} by its definition (ASCII letters and digits kept, every other run one space, trimmed). */
    static String keyByPattern(String text) {
        return NOT_WORD.matcher(VietnameseText.searchKey(text)).replaceAll(" ").strip();
    }
}
