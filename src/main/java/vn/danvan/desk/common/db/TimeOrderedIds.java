package vn.danvan.desk.common.db;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Unique across offices like any
 * random UUID, but records made close in time sit close in the primary-key index, which keeps inserts and range
 * reads local in H2's B-trees.
 */
public final class TimeOrderedIds {

    private final Random random;

    public TimeOrderedIds() {
        this(new SecureRandom());
    }

    public TimeOrderedIds(Random random) {
        this.random = random;
    }

    public UUID at(Instant instant) {
        long millis = instant.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
