package org.dossier.spark;

import java.io.Serializable;

/**
 * What the blocking cost and produced, for the job report and the scaling benchmark.
 *
 * @param articles        articles clustered (distinct texts: no exact or near duplicates)
 * @param blocks          windows clustered (each by one {@code StoryClusterer})
 * @param largestBlock    articles in the largest window, its warm-up included
 * @param blockSlots      articles summed over windows: more than {@code articles} by the warm-ups
 * @param joinLinks       window stories that continue a story of the window before
 * @param componentRounds rounds of label propagation until the joined stories were stable
 */
public record BlockingStats(long articles, long blocks, long largestBlock, long blockSlots, long joinLinks,
                            int componentRounds) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Times each clustered article was clustered, on average: 1 plus the warm-up share. */
    public double slotsPerArticle() {
        return articles == 0 ? 0 : (double) blockSlots / articles;
    }
}
