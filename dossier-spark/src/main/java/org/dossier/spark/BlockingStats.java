package org.dossier.spark;

import java.io.Serializable;

/**
 * What the blocking cost and produced, for the job report and the scaling benchmark.
 *
 * @param articles        articles given a story by the clustering (distinct texts that are nobody's near-duplicate)
 * @param placed          distinct texts placed in their home window, near-duplicates included
 * @param blocks          windows clustered (each by one {@code StoryClusterer})
 * @param largestBlock    articles in the largest window, its warm-up included
 * @param blockSlots      articles summed over windows: more than {@code articles} by the warm-ups
 * @param joinLinks       window stories that continue a story of the window before
 * @param componentRounds rounds of label propagation until the joined stories were stable
 */
public record BlockingStats(long articles, long placed, long blocks, long largestBlock, long blockSlots,
                            long joinLinks, int componentRounds) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Times each placed text went through a clusterer, on average: 1 plus the warm-up share. */
    public double slotsPerArticle() {
        return placed == 0 ? 0 : (double) blockSlots / placed;
    }
}
