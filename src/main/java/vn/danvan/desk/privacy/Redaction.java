package vn.danvan.desk.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a citizen's name, ID number, phone and address where an officer typed them into free text (a summary,
 * a history note, an opinion): the name and address whatever their case, the numbers also when written with
 * spaces, dots or dashes between the digits ({@code 0912 345 678}); whole words only.
 */
final class Redaction implements UnaryOperator<String> {

    private static final int SHORTEST = 3;
    /** Whole words only: a one-word name «Hoa» must not change «khoa». */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private final List<Pattern> patterns = new ArrayList<>();
    private final String replacement;

    Redaction(HeldCitizen citizen, String replacement) {
        this.replacement = Matcher.quoteReplacement(replacement);
        text(citizen.fullName());
        text(citizen.address());
        digits(citizen.idNumber());
        digits(citizen.phone());
    }

    private void text(String value) {
        if (value != null && value.strip().length() >= SHORTEST) {
            patterns.add(Pattern.compile(WORD_START + Pattern.quote(nfc(value.strip())) + WORD_END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    private void digits(String value) {
        if (value == null || value.strip().length() < SHORTEST) {
            return;
        }
        StringBuilder regex = new StringBuilder();
        String plain = value.strip();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0) {
                regex.append("[\\s.-]?");
            }
            regex.append(Pattern.quote(String.valueOf(plain.charAt(i))));
        }
        patterns.add(Pattern.compile(WORD_START + regex + WORD_END, Pattern.CASE_INSENSITIVE));
    }

    @Override
    public String apply(String text) {
        String result = nfc(text);
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(replacement);
        }
        return result.equals(nfc(text)) ? text : result;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
