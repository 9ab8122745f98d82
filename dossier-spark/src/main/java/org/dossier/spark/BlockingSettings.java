package org.dossier.spark;

import java.io.Serializable;

/**
 * The knobs of the blocking that lets story clustering scale (see {@code docs/spark.md} for the reasoning and the
 * measured costs).
 *
 * @param blockArticles  how many input positions one window covers: the articles at those positions that are
 *                       clustered (exact and near-duplicates are not) have the window as their home
 * @param warmUpArticles how many positions before a window it also replays, as context, before its own articles:
 *                       the single machine meets a window's first articles with the stories of the articles just
 *                       before them in mind, and so does the window. These articles keep the story their own
 *                       window gives them; they only tell the window which of its stories continue earlier ones
 */
public record BlockingSettings(int blockArticles, int warmUpArticles) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The defaults: windows of 10,000 positions, each warmed up on the 5,000 before it. */
    public static final BlockingSettings DEFAULT = new BlockingSettings(10_000, 5_000);

    public BlockingSettings {
        if (blockArticles < 4 || warmUpArticles < 0 || warmUpArticles > blockArticles) {
            throw new IllegalArgumentException("invalid blocking settings: blockArticles " + blockArticles
                    + " (at least 4), warmUpArticles " + warmUpArticles + " (0 to blockArticles)");
        }
    }

    /** A copy with windows of {@code n} positions, warmed up on half as many. */
    public BlockingSettings withBlockArticles(int n) {
        return new BlockingSettings(n, n / 2);
    }

    /** A copy with another warm-up. */
    public BlockingSettings withWarmUpArticles(int n) {
        return new BlockingSettings(blockArticles, n);
    }
}
