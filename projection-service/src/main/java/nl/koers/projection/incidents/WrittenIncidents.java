package nl.koers.projection.incidents;

import java.util.UUID;

/**
 * Which incidents an earlier chunk of a rebuild wrote, as a Bloom filter (ADR 0062): "no" is certain, "maybe" may be
 * wrong. That is all {@link IncidentReplay} needs, because a "maybe" only sends the incident's events to the live
 * statements, which are right whether or not its row exists. The exact set it replaces kept an object per incident
 * (about 70 bytes, 10 million events would have outgrown the heap) and its growth made every young collection copy it
 * into the old generation; this is one fixed array of longs that the collector does not scan.
 */
final class WrittenIncidents {
    /** 2^26 bits, 8 MiB: with three probes, ~0.1 % false "maybe" at 1 million incidents and ~1 % at 5 million. */
    static final int BITS_LOG2 = 26;
    private static final int PROBES = 3;
    private final int bitsLog2;
    private final long[] bits;

    WrittenIncidents() {
        this(BITS_LOG2);
    }

    /** A smaller filter (at least 64 bits) says "maybe" more often: how a test makes it err. */
    WrittenIncidents(int bitsLog2) {
        this.bitsLog2 = bitsLog2;
        this.bits = new long[1 << (bitsLog2 - 6)];
    }

    void add(UUID incident) {
        long h1 = mix(incident.getMostSignificantBits() ^ mix(incident.getLeastSignificantBits()));
        long h2 = mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - bitsLog2));
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False only if {@link #add} was never called with this incident. */
    boolean mayContain(UUID incident) {
        long h1 = mix(incident.getMostSignificantBits() ^ mix(incident.getLeastSignificantBits()));
        long h2 = mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - bitsLog2));
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** MurmurHash3's 64-bit finaliser: ids that are not random (sequential, time-ordered) still spread evenly. */
    private static long mix(long k) {
        k = (k ^ k >>> 33) * 0xff51afd7ed558ccdL;
        k = (k ^ k >>> 33) * 0xc4ceb93e63a3fe53L;
        return k ^ k >>> 33;
    }
}
