package vn.danvan.desk.petition;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * Suggests earlier petitions on the same matter while a new one is typed: same citizen ID, or same folded name in
 * the same village, received in the last 12 months, with the same field or a similar summary. Suggestions are
 * only shown: the officer links or dismisses them, nothing is merged.
 */
public final class PossibleDuplicates {

    /** Share of common words (Jaccard) above which two summaries count as similar. */
    public static final double SIMILAR = 0.3;
    private static final int CANDIDATES = 50;

    private final PetitionQueryRepository queries;

    public PossibleDuplicates(PetitionQueryRepository queries) {
        this.queries = queries;
    }

    public List<DuplicateCandidate> find(DuplicateProbe probe) {
        if (probe.receivedDate() == null) {
            return List.of();
        }
        Set<String> words = words(probe.summary());
        return queries.samePetitioner(probe, probe.receivedDate().minusMonths(12), probe.receivedDate(), CANDIDATES)
                .stream()
                .map(c -> new DuplicateCandidate(c.id(), c.code(), c.receivedDate(), c.status(), c.fieldName(),
                        c.summary(), c.submissionCount(), c.sameField(), similarity(words, words(c.summary()))))
                .filter(c -> c.sameField() || c.summarySimilarity() >= SIMILAR)
                .toList();
    }

    /** Jaccard similarity of two word sets. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) common.size() / union.size();
    }

    /** The folded words of a text, leaving out one-letter words. */
    static Set<String> words(String text) {
        return Arrays.stream(VietnameseText.searchKey(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .collect(Collectors.toSet());
    }
}
