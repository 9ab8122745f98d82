package org.dossier.store;

/**
 * Decides whether two articles are near-duplicates from their shingles (see {@link Shingles}).
 *
 * <p>Two kinds of copies must be caught: a syndicated copy (same story text, other page furniture: after cleaning
 * the texts differ by a few lines) and an updated version (the same article with a paragraph added or a sentence
 * reworded). The first has a high Jaccard similarity; the second may not, when the added text is long, but one
 * text then almost contains the other. So the <b>text</b> of a pair must be alike: Jaccard similarity of at least
 * {@link #MIN_JACCARD}, or {@link #MIN_CONTAINMENT} of the shorter text's shingles in the longer one with the
 * shorter at least {@link #MIN_LENGTH_RATIO} of the longer (so that a two-line brief quoted inside a long feature
 * is not taken for a copy of it).
 *
 * <p>Shared words are not enough, though: two articles can share most of their text and still be two articles.
 * Two further conditions, on what is particular to an article, keep them apart:
 * <ul>
 *   <li><b>Distinctive content.</b> At least {@link #MIN_DISTINCTIVE_SHARE} of the shorter article's shingles
 *       that hold a name or a number ({@link Shingles.Profile#distinctive()}) must be in the longer. Two stories
 *       written from one template (an automated quake bulletin, a results notice) or around the same boilerplate
 *       share every other shingle but differ in these: who, where, how many.</li>
 *   <li><b>Same opening.</b> At least {@link #MIN_LEAD} of the shorter article's opening shingles
 *       ({@link Shingles.Profile#lead()}) must be in the longer. A copy and an update keep the opening of the
 *       article they copy (an update may put a new paragraph above it); a follow-up that reuses the background
 *       paragraphs of an earlier article opens with its own news.</li>
 * </ul>
 *
 * <p>Measured on a labelled set of invented variants ({@code org.dossier.eval.stream.NearDuplicateSet}, figures in
 * {@code docs/benchmarks.md}) and checked by {@code NearDuplicatePolicyTest}.
 */
public final class NearDuplicatePolicy {
    /** Jaccard similarity from which two texts are copies of one another. */
    public static final double MIN_JACCARD = 0.5;
    /**
     * Share of the shorter text's shingles found in the longer one from which it counts as contained. An update
     * of a short article (an update line on top, a paragraph added, a sentence reworded) can keep under 0.8 of
     * it; the distinctive-content and opening conditions keep the lower bar from linking what is not a copy.
     */
    public static final double MIN_CONTAINMENT = 0.7;
    /** The shorter text must have at least this share of the longer one's shingles for containment to count. */
    public static final double MIN_LENGTH_RATIO = 0.4;
    /**
     * Share of the shorter article's distinctive shingles that the longer must have. Lower than
     * {@link #MIN_CONTAINMENT}: an update rewords a sentence or two, and names sit in most sentences, while two
     * stories from one template share almost none of these.
     */
    public static final double MIN_DISTINCTIVE_SHARE = 0.5;
    /** Share of the shorter article's opening shingles that the longer must contain. */
    public static final double MIN_LEAD = 0.5;
    /**
     * Distinctive shingles both texts need for their comparison to count: a text with almost no names or numbers
     * (a short comment, an opinion piece) is judged on its text and opening alone.
     */
    static final int MIN_DISTINCTIVE = 4;

    private NearDuplicatePolicy() {
    }

    /**
     * Whether texts with these shingle sets are alike enough to be copies: the <b>text</b> condition alone (see
     * the class comment). {@link #isNearDuplicate(Shingles.Profile, Shingles.Profile)} adds the others.
     */
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

    /** Whether two articles with these profiles are near-duplicates: alike text, distinctive content, opening. */
    public static boolean isNearDuplicate(Shingles.Profile a, Shingles.Profile b) {
        if (!isNearDuplicate(a.all(), b.all())) {
            return false;
        }
        Shingles.Profile shorter = a.all().length <= b.all().length ? a : b;
        Shingles.Profile longer = shorter == a ? b : a;
        if (shorter.distinctive().length >= MIN_DISTINCTIVE && longer.distinctive().length >= MIN_DISTINCTIVE
                && share(shorter.distinctive(), longer.distinctive()) < MIN_DISTINCTIVE_SHARE) {
            return false;
        }
        return shorter.lead().length == 0 || share(shorter.lead(), longer.all()) >= MIN_LEAD;
    }

    /** The share of {@code part}'s shingles that are in {@code whole}. */
    private static double share(long[] part, long[] whole) {
        return (double) Shingles.intersection(part, whole) / part.length;
    }
}
