package vn.danvan.desk.dashboard;

import java.util.List;
import java.util.UUID;

/**
 * Counts by a catalog entry (field, village), largest first: the first few named, the rest summed as "others", and
 * the petitions that name no entry apart.
 */
public record RankedCounts(List<Entry> top, int others, int otherEntries, int unspecified) {

    /** One catalog entry and its count. */
    public record Entry(UUID id, String name, int count) {
    }

    public RankedCounts {
        top = List.copyOf(top);
    }

    public int total() {
        return top.stream().mapToInt(Entry::count).sum() + others + unspecified;
    }
}
