package org.dossier.spark;

import java.io.Serializable;

/**
 * The knobs of the blocking that lets story clustering scale (see {@code docs/spark.md} for the reasoning and the
 * measured costs).
 *
 * @param topFeatures   how many of an article's strongest terms and names (TF-IDF over the whole input) make up
 *                      the set its MinHash is taken over
 * @param rows          MinHash positions per LSH band; the signature's 64 positions give {@code 64 / rows} bands.
 *                      Two rows find pairs sharing a fifth of their strongest features three times in four
 * @param blockArticles the size a block aims at: components of the candidate graph up to this size are clustered
 *                      whole (small ones packed together by time); bigger ones are cut into windows of about this
 *                      many of their articles in arrival order, each reaching {@link #OVERLAP} of a window into the
 *                      next, so that a story crossing a cut is seen whole by one window and its halves can be joined
 */
public record BlockingSettings(int topFeatures, int rows, int blockArticles) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The share of a window that the window before it also clusters. */
    public static final double OVERLAP = 0.25;

    /** The defaults: 10 features, 2 rows (32 bands), blocks of 10,000. */
    public static final BlockingSettings DEFAULT = new BlockingSettings(10, 2, 10_000);

    public BlockingSettings {
        if (topFeatures < 1 || rows < 1 || 64 % rows != 0 || blockArticles < 4) {
            throw new IllegalArgumentException("invalid blocking settings: topFeatures " + topFeatures + ", rows "
                    + rows + " (must divide 64), blockArticles " + blockArticles + " (at least 4)");
        }
    }

    /** A copy aiming at blocks of another size. */
    public BlockingSettings withBlockArticles(int n) {
        return new BlockingSettings(topFeatures, rows, n);
    }
}
