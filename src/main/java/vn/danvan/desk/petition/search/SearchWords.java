package vn.danvan.desk.petition.search;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * The words of the search: runs of letters and digits of the accent-folded text, with a single {@code -}, {@code /}
 * or {@code .} allowed between two of them, so that a code ({@code kn-2026-00042}), a document number or a date stays
 * one word. A typed word matches a petition when it begins one of the petition's words: {@code nguyen thi} finds
 * {@code Nguyễn Thị Chi}, {@code kn-2026-000} finds the first codes of 2026, a partial ID number finds it from its start.
 */
public final class SearchWords {

    private SearchWords() {
    }

    /**
     * The distinct words of an already folded text, sorted. A word that begins another word of the same text is left
     * out: a search for it finds the longer one anyway.
     */
    public static SortedSet<String> of(String folded) {
        TreeSet<String> words = new TreeSet<>();
        split(folded, words);
        String previous = null;
        for (var it = words.descendingIterator(); it.hasNext(); ) {
            String word = it.next();
            if (previous != null && previous.startsWith(word)) {
                it.remove();
            } else {
                previous = word;
            }
        }
        return words;
    }

    /**
     * The words the user typed, folded like the stored ones, each once; a word that begins another typed word is
     * left out (whatever the longer one matches, it matches too).
     */
    public static List<String> query(String typed) {
        SortedSet<String> words = of(VietnameseText.searchKey(typed));
        return List.copyOf(words);
    }

    /** The words as stored for LIKE checks: each preceded by a space, so that {@code "% " + word + "%"} finds its start. */
    public static String joined(Collection<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            text.append(' ').append(word);
        }
        return text.toString();
    }

    private static void split(String text, Collection<String> out) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '-' || c == '/' || c == '.') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
    }
}
