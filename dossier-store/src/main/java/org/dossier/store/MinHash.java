package org.dossier.store;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures and their LSH band keys: how the store finds near-duplicate candidates without comparing a
 * new article with every stored one.
 *
 * <p>For each of {@value #HASHES} independent hash functions the signature keeps the smallest hash over the
 * article's shingles. Two articles agree on one signature position with probability equal to the Jaccard
 * similarity of their shingle sets. The signature is cut into {@value #BANDS} bands of {@value #ROWS} positions;
 * each band becomes one key, and articles sharing any band key are candidates. With 16 bands of 4 rows a pair
 * with Jaccard 0.7 shares a band 99 % of the time, a pair at 0.5 about 65 %, and a pair at 0.2 (two outlets on one
 * story) under 3 %. Candidates are then checked exactly (see {@link NearDuplicatePolicy}), so LSH only needs to
 * keep the work small, not to decide.
 */
public final class MinHash {
    /** Signature length. */
    public static final int HASHES = 64;
    /** Bands the signature is cut into. */
    public static final int BANDS = 16;
    /** Signature positions per band. */
    public static final int ROWS = HASHES / BANDS;

    // Hash function i is x -> MULTIPLIERS[i] * x + ADDENDS[i] (mod 2^64) over already well-mixed shingle hashes:
    // one multiply and one add per shingle and function, the cost that dominates fingerprinting.
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] ADDENDS = new long[HASHES];

    static {
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s = Hashing.mix(s + 0x9E3779B97F4A7C15L);
            MULTIPLIERS[i] = s | 1; // odd, so the map is a permutation of the 64-bit values
            s = Hashing.mix(s + 0x9E3779B97F4A7C15L);
            ADDENDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The signature of a shingle set; all {@code Long.MAX_VALUE} for an empty set. */
    public static long[] signature(long[] shingles) {
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = MULTIPLIERS[i] * x + ADDENDS[i];
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return min;
    }

    /** One key per band, e.g. {@code "3:5f1c0a..."}: the band number keeps equal values in different bands apart. */
    public static List<String> bandKeys(long[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = Hashing.mix(h * 31 + signature[b * ROWS + r]);
            }
            keys.add(b + ":" + Long.toHexString(h));
        }
        return keys;
    }
}
