package org.dossier.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate near-duplicate pairs of one MinHash band bucket (articles sharing one of the store's
 * {@code MinHash} band keys), which are then checked exactly with the store's {@code NearDuplicatePolicy}.
 *
 * <p>In arrival order, each member is paired with the {@value #PREVIOUS} members before it. A copy and its
 * original share most of their 16 bands, so missing the pair in one crowded bucket does not lose it; the cap keeps
 * a bucket of thousands (boilerplate everyone shares) from costing its square. The Spark job and the
 * single-machine reference ({@link SingleMachineStories}) both use this rule, so they check the same pairs.
 */
final class NearDuplicateBuckets {
    /** How many earlier members of a bucket each member is paired with. */
    static final int PREVIOUS = 16;

    private NearDuplicateBuckets() {
    }

    /** The pairs {@code {later, earlier}} of a bucket, by arrival number. */
    static List<long[]> candidatePairs(List<Long> bucket) {
        long[] seqs = bucket.stream().mapToLong(Long::longValue).sorted().toArray();
        List<long[]> pairs = new ArrayList<>();
        for (int i = 1; i < seqs.length; i++) {
            for (int j = Math.max(0, i - PREVIOUS); j < i; j++) {
                pairs.add(new long[] {seqs[i], seqs[j]});
            }
        }
        return pairs;
    }
}
