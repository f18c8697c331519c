package nl.koers.projection.intake;

import java.util.List;
import java.util.UUID;

/**
 * Which groups left a rebuild's memory ({@link Fold}), as a Bloom filter (ADR 0062, 0063): "no" is certain, "maybe"
 * may be wrong. That is all the fold needs, because a "maybe" only sends the group's writes to their SQL, which is
 * right whether or not the group has rows in the database. An exact set would keep an object per group (millions at
 * ten million events) and make every young collection copy it into the old generation; this is one fixed array of
 * longs that the collector does not scan.
 */
final class Evicted {
    /** 2^26 bits, 8 MiB: with three probes, ~0.1 % false "maybe" at 1 million groups and ~1 % at 5 million. */
    static final int BITS_LOG2 = 26;
    private static final int PROBES = 3;
    private final int bitsLog2;
    private final long[] bits;

    Evicted() {
        this(BITS_LOG2);
    }

    /** A smaller filter (at least 64 bits) says "maybe" more often: how a test makes it err. */
    Evicted(int bitsLog2) {
        this.bitsLog2 = bitsLog2;
        this.bits = new long[1 << (bitsLog2 - 6)];
    }

    void add(Table table, Object group) {
        long h1 = hash(table, group);
        long h2 = mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - bitsLog2));
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False only if {@link #add} was never called with this group. */
    boolean mayContain(Table table, Object group) {
        long h1 = hash(table, group);
        long h2 = mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - bitsLog2));
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** 64 bits of a group: both halves of a uuid (most groups are one), the hash code of anything else. */
    private static long hash(Table table, Object group) {
        return mix(System.identityHashCode(table) ^ mix(value(group)));
    }

    private static long value(Object value) {
        return switch (value) {
            case UUID id -> id.getMostSignificantBits() ^ mix(id.getLeastSignificantBits());
            case List<?> values -> {
                long h = 1;
                for (Object v : values) {
                    h = mix(h ^ (v == null ? 0 : value(v)));
                }
                yield h;
            }
            default -> value.hashCode();
        };
    }

    /** MurmurHash3's 64-bit finaliser: ids that are not random (sequential, time-ordered) still spread evenly. */
    private static long mix(long k) {
        k = (k ^ k >>> 33) * 0xff51afd7ed558ccdL;
        k = (k ^ k >>> 33) * 0xc4ceb93e63a3fe53L;
        return k ^ k >>> 33;
    }
}
