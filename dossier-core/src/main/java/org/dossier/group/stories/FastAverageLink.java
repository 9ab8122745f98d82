package org.dossier.group.stories;

import java.util.Arrays;

/**
 * The same agglomeration as {@code org.dossier.group.events.AverageLinkClustering} (average linkage, Lance-Williams
 * updates, the most similar pair merged first, ties to the lowest indices, stop below the threshold), giving the
 * very same clusters, but with the best pair of each row cached: finding the next merge costs one pass over the
 * rows instead of over all pairs, and only the rows whose best partner was involved in a merge are scanned again.
 * That turns the typical {@code O(n^3)} into about {@code O(n^2)}, which matters for the large groups a young
 * stream produces in the window pass. Stateless.
 */
final class FastAverageLink {
    private final double threshold;

    FastAverageLink(double threshold) {
        this.threshold = threshold;
    }

    /** Cluster numbers (0, 1, ... in order of first appearance); {@code sim} is overwritten. */
    int[] cluster(double[][] sim) {
        int n = sim.length;
        int[] size = new int[n];
        int[] parent = new int[n];
        boolean[] alive = new boolean[n];
        int[] bestOf = new int[n];
        Arrays.fill(size, 1);
        Arrays.fill(alive, true);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            bestOf[i] = rowBest(sim, alive, i);
        }
        while (true) {
            int a = -1;
            double best = threshold;
            for (int r = 0; r < n; r++) {
                if (alive[r] && bestOf[r] >= 0 && sim[r][bestOf[r]] >= best && (a < 0 || sim[r][bestOf[r]] > best)) {
                    best = sim[r][bestOf[r]];
                    a = r;
                }
            }
            if (a < 0) {
                break;
            }
            int b = bestOf[a];
            int sa = size[a];
            int sb = size[b];
            for (int c = 0; c < n; c++) {
                if (alive[c] && c != a && c != b) {
                    double merged = (sa * sim[a][c] + sb * sim[b][c]) / (sa + sb);
                    sim[a][c] = merged;
                    sim[c][a] = merged;
                }
            }
            size[a] = sa + sb;
            alive[b] = false;
            parent[b] = a;
            for (int c = 0; c < n; c++) {
                if (!alive[c]) {
                    continue;
                }
                if (c == a || bestOf[c] == a || bestOf[c] == b) {
                    bestOf[c] = rowBest(sim, alive, c);
                } else if (c < a && (bestOf[c] < 0 || sim[c][a] > sim[c][bestOf[c]]
                        || (sim[c][a] == sim[c][bestOf[c]] && a < bestOf[c]))) {
                    bestOf[c] = a;
                }
            }
        }
        int[] labels = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            if (number[root] < 0) {
                number[root] = next++;
            }
            labels[i] = number[root];
        }
        return labels;
    }

    /** The live partner {@code b > r} most similar to row {@code r} (lowest on ties), or -1. */
    private static int rowBest(double[][] sim, boolean[] alive, int r) {
        int best = -1;
        for (int b = r + 1; b < sim.length; b++) {
            if (alive[b] && (best < 0 || sim[r][b] > sim[r][best])) {
                best = b;
            }
        }
        return best;
    }
}
