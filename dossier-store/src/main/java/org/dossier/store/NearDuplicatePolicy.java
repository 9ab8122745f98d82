package org.dossier.store;

/**
 * Decides whether two articles are near-duplicates from their shingle sets (see {@link Shingles}).
 *
 * <p>Two kinds of copies must be caught: a syndicated copy (same story text, other page furniture: after cleaning
 * the texts differ by a few lines) and an updated version (the same article with a paragraph added or a sentence
 * reworded). The first has a high Jaccard similarity; the second may not, when the added text is long, but one
 * text then almost contains the other. So a pair is a near-duplicate when its Jaccard similarity reaches
 * {@link #MIN_JACCARD}, or when {@link #MIN_CONTAINMENT} of the shorter text's shingles are in the longer one and
 * the shorter is at least {@link #MIN_LENGTH_RATIO} of the longer (so that a two-line brief quoted inside a long
 * feature is not taken for a copy of it).
 *
 * <p>The thresholds were tuned on synthetic variants (see {@code NearDuplicatePolicyTest} and
 * {@code docs/store.md}): different reports of the same event, even when they share quotes, stay below 0.15
 * Jaccard; copies with other furniture stay above 0.7, and updates with a paragraph added keep containment above
 * 0.9.
 */
public final class NearDuplicatePolicy {
    /** Jaccard similarity from which two texts are copies of one another. */
    public static final double MIN_JACCARD = 0.5;
    /** Share of the shorter text's shingles found in the longer one from which it counts as contained. */
    public static final double MIN_CONTAINMENT = 0.8;
    /** The shorter text must have at least this share of the longer one's shingles for containment to count. */
    public static final double MIN_LENGTH_RATIO = 0.4;

    private NearDuplicatePolicy() {
    }

    /** Whether texts with these shingle sets are near-duplicates. */
    public static boolean isNearDuplicate(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        if (Shingles.jaccard(a, b) >= MIN_JACCARD) {
            return true;
        }
        double ratio = (double) Math.min(a.length, b.length) / Math.max(a.length, b.length);
        return ratio >= MIN_LENGTH_RATIO && Shingles.containment(a, b) >= MIN_CONTAINMENT;
    }
}
