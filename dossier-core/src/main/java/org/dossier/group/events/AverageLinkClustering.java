package org.dossier.group.events;

import java.util.Arrays;

/**
 * Agglomerative clustering with average linkage and a similarity threshold: start with every document alone,
 * repeatedly merge the two clusters whose documents are most alike on average, and stop when no two clusters
 * are at least {@code threshold} alike. The number of clusters is therefore an outcome, not an input: one cluster
 * is a valid answer, and so is one per document.
 *
 * <p>Average linkage (rather than single linkage) keeps one bridging article that recaps two events from gluing
 * them together. The cluster similarities are updated in place with the Lance–Williams formula, so the cost is
 * {@code O(n^3)} in the worst case with a tiny constant: a few milliseconds for a story, well under a second for
 * a stream of five hundred documents.
 */
public final class AverageLinkClustering {
    private final double threshold;

    /** @param threshold the least average similarity two clusters need to be merged */
    public AverageLinkClustering(double threshold) {
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Clusters {@code n} items given their symmetric similarity matrix.
     *
     * @return the cluster number of each item, numbered 0, 1, ... in order of first appearance
     */
    public int[] cluster(double[][] similarity) {
        int n = similarity.length;
        double[][] sim = new double[n][];
        for (int i = 0; i < n; i++) {
            sim[i] = similarity[i].clone();
        }
        int[] size = new int[n];
        int[] parent = new int[n];
        boolean[] alive = new boolean[n];
        Arrays.fill(size, 1);
        Arrays.fill(alive, true);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < n; a++) {
                if (!alive[a]) {
                    continue;
                }
                double[] row = sim[a];
                for (int b = a + 1; b < n; b++) {
                    if (alive[b] && row[b] >= best && (bestA < 0 || row[b] > best)) {
                        best = row[b];
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            // merge b into a: average linkage weighs each side by its size
            int sa = size[bestA];
            int sb = size[bestB];
            for (int c = 0; c < n; c++) {
                if (alive[c] && c != bestA && c != bestB) {
                    double merged = (sa * sim[bestA][c] + sb * sim[bestB][c]) / (sa + sb);
                    sim[bestA][c] = merged;
                    sim[c][bestA] = merged;
                }
            }
            size[bestA] = sa + sb;
            alive[bestB] = false;
            parent[bestB] = bestA;
        }
        int[] labels = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            if (number[root] < 0) {
                number[root] = next++;
            }
            labels[i] = number[root];
        }
        return labels;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
