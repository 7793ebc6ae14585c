package vn.danvan.desk.petition.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Turns what the user typed into a {@link SearchPlan}: reads the postings of each typed word, rarest first (the one
 * with the fewest blocks), and intersects them. A word whose buckets are too large to read cheaply (one or two
 * letters such as {@code a}) is left to be tested on the rows instead.
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
        record Cost(String word, int blocks) {
        }
        List<Cost> costs = new ArrayList<>();
        for (String word : words) {
            costs.add(new Cost(word, index.blocks(word, secretToo)));
        }
        costs.sort(Comparator.comparingInt(Cost::blocks));
        if (costs.get(0).blocks() == 0) {
            return new SearchPlan(SearchPlan.Kind.NOTHING, words, new long[0], List.of(), 0);
        }
        int documents = index.documents();
        if (costs.get(0).blocks() > maxBlocks) {
            return new SearchPlan(SearchPlan.Kind.SCAN, words, new long[0], words, documents);
        }
        BitSet found = null;
        List<String> unchecked = new ArrayList<>();
        for (Cost cost : costs) {
            if (cost.blocks() > maxBlocks) {
                unchecked.add(cost.word());
                continue;
            }
            BitSet hits = new BitSet();
            index.read(cost.word(), secretToo, hits);
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
