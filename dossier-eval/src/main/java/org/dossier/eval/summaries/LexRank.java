package org.dossier.eval.summaries;

/**
 * The LexRank baseline (Erkan and Radev, 2004): the sentences most central to the cluster's similarity graph.
 *
 * <p>Sentences are nodes; two sentences are linked when the cosine of their TF-IDF vectors (idf over the
 * cluster's sentences) exceeds {@link #THRESHOLD}. This is the thresholded variant of the paper: every link
 * counts the same, so a sentence is central when many sentences say something like it, not when one sentence
 * repeats it word for word. A sentence is always linked to itself (its cosine is 1), so no node is isolated.
 * PageRank with damping {@link #DAMPING} gives each sentence its centrality, and {@link RedundancyAwarePicker}
 * fills the word budget.
 */
public final class LexRank extends RankingBaseline {
    /** Cosine above which two sentences are linked. */
    static final double THRESHOLD = 0.1;
    /** Probability of following a link rather than jumping anywhere. */
    static final double DAMPING = 0.85;

    /** A LexRank summary of at most {@code wordBudget} words. */
    public LexRank(int wordBudget) {
        super("LexRank", wordBudget);
    }

    @Override
    double[] rank(ClusterSentences sentences) {
        return scores(sentences);
    }

    /** Centrality of each sentence in the thresholded cosine graph. */
    static double[] scores(ClusterSentences sentences) {
        int n = sentences.size();
        double[][] cosines = sentences.cosines();
        PageRank graph = new PageRank(n);
        for (int i = 0; i < n; i++) {
            graph.link(i, i, 1);
            for (int j = i + 1; j < n; j++) {
                if (cosines[i][j] > THRESHOLD) {
                    graph.link(i, j, 1);
                }
            }
        }
        return graph.scores(DAMPING);
    }
}
