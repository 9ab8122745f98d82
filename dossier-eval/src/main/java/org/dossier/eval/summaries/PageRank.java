package org.dossier.eval.summaries;

import java.util.Arrays;

/**
 * Weighted PageRank by power iteration over a sparse, undirected sentence graph: the ranking step shared by
 * {@link LexRank} and {@link TextRank}.
 *
 * <p>Each sentence passes its score to its neighbours in proportion to the edge weights (a node's outgoing weights
 * are normalised to sum to 1). With damping {@code d}, a random reader follows an edge with probability {@code d}
 * and jumps to any sentence otherwise, which keeps the iteration convergent on graphs that are not connected. A
 * sentence without edges spreads its score evenly over all sentences, so no score leaks away.
 *
 * <p>Edges are kept as adjacency lists rather than an n-by-n matrix: a DUC cluster has several hundred sentences
 * but each links to a small fraction of them, and the iteration then costs only as much as the edges.
 */
final class PageRank {
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-6;

    private final int[][] neighbours;
    private final double[][] weights;
    private final int[] degree;

    /** An empty graph of {@code nodes} nodes. */
    PageRank(int nodes) {
        neighbours = new int[nodes][4];
        weights = new double[nodes][4];
        degree = new int[nodes];
    }

    /** Adds an edge in both directions (or one self-loop when {@code a == b}); zero weights are ignored. */
    void link(int a, int b, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight " + weight);
        }
        if (weight == 0) {
            return;
        }
        addArc(a, b, weight);
        if (a != b) {
            addArc(b, a, weight);
        }
    }

    private void addArc(int from, int to, double weight) {
        if (degree[from] == neighbours[from].length) {
            neighbours[from] = Arrays.copyOf(neighbours[from], degree[from] * 2);
            weights[from] = Arrays.copyOf(weights[from], degree[from] * 2);
        }
        neighbours[from][degree[from]] = to;
        weights[from][degree[from]] = weight;
        degree[from]++;
    }

    /** Stationary scores (summing to 1) with damping factor {@code damping}. */
    double[] scores(double damping) {
        int n = degree.length;
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < degree[i]; k++) {
                outWeight[i] += weights[i][k];
            }
        }
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0) {
                    dangling += p[i];
                    continue;
                }
                double share = p[i] / outWeight[i];
                for (int k = 0; k < degree[i]; k++) {
                    next[neighbours[i][k]] += share * weights[i][k];
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
