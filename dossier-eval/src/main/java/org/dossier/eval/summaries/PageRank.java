package org.dossier.eval.summaries;

/**
 * Weighted PageRank by power iteration, the ranking step shared by {@link LexRank} and {@link TextRank}.
 *
 * <p>Each sentence passes its score to its neighbours in proportion to the edge weights (each row of the weight
 * matrix is normalised to sum to 1). With damping {@code d}, a random reader follows an edge with probability
 * {@code d} and jumps to any sentence otherwise, which keeps the iteration convergent on graphs that are not
 * connected. A sentence without edges spreads its score evenly over all sentences, so no score leaks away.
 */
final class PageRank {
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-7;

    private PageRank() {
    }

    /** Stationary scores (summing to 1) of the graph with symmetric, non-negative {@code weights}. */
    static double[] scores(double[][] weights, double damping) {
        int n = weights.length;
        double[] rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (double w : weights[i]) {
                rowSums[i] += w;
            }
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (rowSums[i] == 0) {
                    dangling += p[i];
                    continue;
                }
                double share = p[i] / rowSums[i];
                double[] row = weights[i];
                for (int j = 0; j < n; j++) {
                    if (row[j] != 0) {
                        next[j] += share * row[j];
                    }
                }
            }
            double change = 0;
            for (int j = 0; j < n; j++) {
                next[j] = (1 - damping) / n + damping * (next[j] + dangling / n);
                change += Math.abs(next[j] - p[j]);
            }
            p = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        return p;
    }
}
