package vn.danvan.desk.petition.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Turns what the user typed into a {@link SearchPlan}: counts the blocks each typed word reads, reads the postings
 * of those cheap enough (in one statement) and intersects them, rarest first. A word whose buckets are too large to
 * read cheaply (one or two letters such as {@code a}) is left to be tested on the rows instead.
 */
public final class WordSearch {

    /** A word that would read more blocks than this (about 12 MB) is tested on the rows instead. */
    public static final int MAX_BLOCKS = 1_500;

    private final SearchIndexRepository index;
    private final int maxBlocks;

    public WordSearch(SearchIndexRepository index) {
        this(index, MAX_BLOCKS);
    }

    /** With another limit of blocks per word ({@code 0}: every word is tested on the rows). */
    public WordSearch(SearchIndexRepository index, int maxBlocks) {
        this.index = index;
        this.maxBlocks = maxBlocks;
    }

    public SearchPlan plan(String typed, boolean secretToo) {
        if (typed == null || typed.isBlank()) {
            return SearchPlan.none();
        }
        List<String> words = SearchWords.query(typed);
        if (words.isEmpty()) {
            return SearchPlan.none();
        }
        SearchIndexRepository.Costs costs = index.costs(words, secretToo);
        List<Integer> byCost = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            byCost.add(i);
        }
        byCost.sort(Comparator.comparingInt(i -> costs.blocks()[i]));
        int documents = costs.documents();
        if (costs.blocks()[byCost.get(0)] == 0) {
            return new SearchPlan(SearchPlan.Kind.NOTHING, words, new long[0], List.of(), documents);
        }
        List<String> readable = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (int i : byCost) {
            (costs.blocks()[i] > maxBlocks ? unchecked : readable).add(words.get(i));
        }
        if (readable.isEmpty()) {
            return new SearchPlan(SearchPlan.Kind.SCAN, words, new long[0], words, documents);
        }
        BitSet found = null;
        for (BitSet hits : index.read(readable, secretToo)) { // rarest first
            if (found == null) {
                found = hits;
            } else {
                found.and(hits);
            }
            if (found.isEmpty()) {
                return new SearchPlan(SearchPlan.Kind.NOTHING, words, new long[0], List.of(), documents);
            }
        }
        if (found.cardinality() > SearchPlan.MAX_DOCUMENTS) {
            return new SearchPlan(SearchPlan.Kind.SCAN, words, new long[0], words, documents);
        }
        return new SearchPlan(SearchPlan.Kind.DOCUMENTS, words, found.stream().asLongStream().toArray(),
                List.copyOf(unchecked), documents);
    }
}
