package vn.danvan.desk.petition.search;

import java.util.Objects;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * What the search finds a petition by: the words of its code, summary and petitioner (name, ID number, phone,
 * address), accent-folded. A confidential petitioner's words (every denunciation, and petitions marked
 * confidential) are kept apart as secret words, which only admins search.
 */
public record SearchDocument(SortedSet<String> words, SortedSet<String> secretWords) {

    public SearchDocument {
        words = java.util.Collections.unmodifiableSortedSet(words);
        secretWords = java.util.Collections.unmodifiableSortedSet(secretWords);
    }

    public static SearchDocument of(String code, String summary, boolean confidential, String name,
                                    String idNumber, String phone, String address) {
        String identity = fold(name, idNumber, phone, address);
        if (confidential) {
            return new SearchDocument(SearchWords.of(fold(code, summary)), SearchWords.of(identity));
        }
        return new SearchDocument(SearchWords.of(fold(code, summary) + " " + identity), SearchWords.of(""));
    }

    /** The words as stored in {@code petition_search.words}. */
    public String wordsText() {
        return SearchWords.joined(words);
    }

    /** The secret words as stored in {@code petition_search.secret_words}; none for an open petitioner. */
    public String secretText() {
        return secretWords.isEmpty() ? null : SearchWords.joined(secretWords);
    }

    private static String fold(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(VietnameseText::searchKey)
                .collect(Collectors.joining(" "));
    }
}
