package org.dossier.eval.summaries;

/**
 * The TextRank baseline (Mihalcea and Tarau, 2004): PageRank over sentences linked by shared words.
 *
 * <p>The edge between two sentences weighs the number of distinct content terms they share, divided by
 * {@code log|s1| + log|s2|} where {@code |s|} is a sentence's number of content terms. The logarithms keep long
 * sentences, which share more words with everything by sheer size, from winning on length alone. Unlike
 * {@link LexRank}, the graph is weighted and has no threshold. Ranking uses weighted PageRank with damping
 * {@link LexRank#DAMPING}; selection uses the same redundancy rule and budget as the other baselines.
 */
public final class TextRank extends RankingBaseline {

    /** A TextRank summary of at most {@code wordBudget} words. */
    public TextRank(int wordBudget) {
        super("TextRank", wordBudget);
    }

    @Override
    double[] rank(ClusterSentences sentences) {
        return scores(sentences);
    }

    /** Weighted PageRank score of each sentence in the word-overlap graph. */
    static double[] scores(ClusterSentences sentences) {
        int n = sentences.size();
        double[] logLength = new double[n];
        for (int i = 0; i < n; i++) {
            logLength[i] = Math.log(sentences.terms.get(i).size());
        }
        double[][] shared = sentences.sharedTerms();
        PageRank graph = new PageRank(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double denominator = logLength[i] + logLength[j];
                // Two one-word sentences give log 1 + log 1 = 0: no meaningful similarity, no edge.
                if (denominator > 0) {
                    graph.link(i, j, shared[i][j] / denominator);
                }
            }
        }
        return graph.scores(LexRank.DAMPING);
    }
}
