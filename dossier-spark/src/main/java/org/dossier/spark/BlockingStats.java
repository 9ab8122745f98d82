package org.dossier.spark;

import java.io.Serializable;

/**
 * What the blocking cost and produced, for the job report and the scaling benchmark.
 *
 * @param articles         articles clustered (distinct texts: no exact or near duplicates)
 * @param candidateEdges   edges of the candidate graph (one per article and LSH bucket it shares with an earlier
 *                         article: each bucket is a star around its first member, so the count grows with the
 *                         articles, never with the square of a bucket)
 * @param componentRounds  rounds of label propagation until the components were stable
 * @param components       connected components of the candidate graph (an article with no edge is one)
 * @param bigComponents    components larger than a block, cut into time windows
 * @param blocks           blocks clustered (each by one {@code StoryClusterer})
 * @param largestBlock     articles in the largest block
 * @param blockSlots       articles summed over blocks: more than {@code articles} by the window overlaps
 * @param boundaryLinks    distinct pairs of stories joined across a window boundary
 */
public record BlockingStats(long articles, long candidateEdges, int componentRounds, long components,
                            long bigComponents, long blocks, long largestBlock, long blockSlots, long boundaryLinks)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Candidate edges per clustered article. */
    public double edgesPerArticle() {
        return articles == 0 ? 0 : (double) candidateEdges / articles;
    }
}
