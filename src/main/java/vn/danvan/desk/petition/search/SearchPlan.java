package vn.danvan.desk.petition.search;

import java.util.List;

/**
 * How to find what the user typed. {@link Kind#DOCUMENTS}: the index gave the documents that hold every indexed
 * word, and the words it could not read cheaply ({@code unchecked}) remain to be tested on each row;
 * {@link Kind#SCAN}: too many documents to list, every word is tested on the rows read in the list's order.
 */
public record SearchPlan(Kind kind, List<String> words, long[] documents, List<String> unchecked,
                         long indexedDocuments) {

    public enum Kind {
        /** Nothing typed that makes a word: no search condition. */
        NONE,
        /** A typed word is in no document: no row. */
        NOTHING,
        DOCUMENTS,
        SCAN
    }

    /** At most this many documents are handed to the query as a list of numbers. */
    public static final int MAX_DOCUMENTS = 100_000;

    public static SearchPlan none() {
        return new SearchPlan(Kind.NONE, List.of(), new long[0], List.of(), 0);
    }

    public boolean searching() {
        return kind != Kind.NONE;
    }

    /**
     * Whether to test the words on rows read newest first rather than look up the listed documents: only for a list
     * in its default order (H2 then reads the received-date index and stops after {@code rowsWanted} matches),
     * and only when that reads fewer rows than there are documents (the matches are dense enough).
     */
    public boolean scanInListOrder(int rowsWanted, boolean listOrderIsIndexed) {
        if (kind == Kind.SCAN) {
            return true;
        }
        if (kind != Kind.DOCUMENTS || !listOrderIsIndexed || documents.length == 0) {
            return false;
        }
        double density = documents.length / (double) Math.max(indexedDocuments, documents.length);
        return rowsWanted / density < documents.length;
    }

    /** The words to test with LIKE on each row: all of them when scanning, else those the index did not read. */
    public List<String> wordsToTest(boolean scanning) {
        return scanning ? words : unchecked;
    }
}
