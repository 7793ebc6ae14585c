package vn.danvan.desk.listimport;

import java.util.random.RandomGenerator;
import java.util.UUID;

/**
 * The ids of the rows one import run creates (petitions, people, history events): UUID version 7 (RFC 9562) whose
 * time is {@code firstMillis}, then one millisecond more for each id, so that the run's rows sit together at the end
 * of the primary-key B-trees; and whose last 32 bits are the run's tag, so that undoing the run (V12) deletes exactly
 * its rows: those with an id between {@link #lowest()} and {@link #above()} that carry the tag. 42 bits stay random.
 */
final class ImportRunIds {

    private final long firstMillis;
    private final long lastMillis;
    private final int tag;
    private final RandomGenerator random;
    private long next;

    /**
     * Ids for a run that makes at most {@code reserved} of them, from {@code firstMillis}, tagged {@code tag}, their
     * random bits from {@code random} (not shared with other threads).
     */
    ImportRunIds(long firstMillis, long reserved, int tag, RandomGenerator random) {
        this.firstMillis = firstMillis;
        this.lastMillis = firstMillis + reserved - 1;
        this.tag = tag;
        this.random = random;
        this.next = firstMillis;
    }

    UUID next() {
        if (next > lastMillis) {
            throw new IllegalStateException("An import run made more ids than it reserved");
        }
        long high = (next++ << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = 0x8000_0000_0000_0000L | ((random.nextLong() & 0x3FFF_FFFFL) << 32) | (tag & 0xFFFF_FFFFL);
        return new UUID(high, low);
    }

    long firstMillis() {
        return firstMillis;
    }

    long lastMillis() {
        return lastMillis;
    }

    int tag() {
        return tag;
    }

    /** The smallest id a run starting at {@code firstMillis} can make. */
    static UUID lowest(long firstMillis) {
        return new UUID(firstMillis << 16, 0L);
    }

    /** An id just above every id a run ending at {@code lastMillis} can make. */
    static UUID above(long lastMillis) {
        return new UUID((lastMillis + 1) << 16, 0L);
    }

    /** Whether {@code id} carries the run's tag (within the run's range, it is then the run's). */
    static boolean tagged(UUID id, int tag) {
        return (int) id.getLeastSignificantBits() == tag;
    }
}
