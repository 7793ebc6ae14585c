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
        return NOT_WORD.matcher(VietnameseText.searchKey(text)).replaceAll(" ").strip();
    }
}
