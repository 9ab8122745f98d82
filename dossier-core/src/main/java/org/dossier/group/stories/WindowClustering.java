package org.dossier.group.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.group.events.DocumentSimilarity;

/**
 * Re-clusters the whole window of revisable articles the way the batch stream clustering
 * ({@code EventClusterer.forStream()}) clusters a collection, but sparsely, so that it costs far less than all
 * pairs of the window:
 * <ol>
 *   <li>every article re-weighed with today's IDF;</li>
 *   <li>the similarity of every pair that shares a feature, accumulated through a per-run inverted index (pairs
 *       sharing nothing have similarity 0 and are never touched);</li>
 *   <li>each similarity measured against the two articles' nearest neighbours in the window, as the batch does
 *       (with the same absolute floor as {@link NeighbourhoodClustering});</li>
 *   <li>average-link agglomeration at the relative threshold, run separately inside each connected component of
 *       the pairs that reach the threshold. That is exact, not an approximation: two groups whose average
 *       similarity reaches the threshold have at least one pair that does, so no merge ever crosses components.</li>
 * </ol>
 * Stateless.
 */
final class WindowClustering {
    private final DocumentSimilarity.Weights weights;
    private final double threshold;
    private final double floor;

    WindowClustering(DocumentSimilarity.Weights weights, double threshold, double floor) {
        this.weights = weights;
        this.threshold = threshold;
        this.floor = floor;
    }

    /** A group number for each article (0, 1, ...; numbered component by component). */
    int[] cluster(List<WindowArticle> articles, StreamFrequencies df) {
        int m = articles.size();
        SortedVector[][] v = new SortedVector[3][m];
        for (int i = 0; i < m; i++) {
            ArticleVectors a = articles.get(i).vectors;
            v[0][i] = a.terms().reweighed(df.terms());
            v[1][i] = a.names().reweighed(df.names());
            v[2][i] = a.dates().reweighed(df.dates());
        }
        // per family: posting lists of (article, weight) in ascending article order, as primitive arrays, and for
        // each article's feature the position of the article in that feature's list, so that the pairs (i, j > i)
        // of a feature are the rest of its list
        int[][][] postingArticle = new int[3][][];
        double[][][] postingWeight = new double[3][][];
        int[][][] featureOf = new int[3][m][];
        int[][][] positionOf = new int[3][m][];
        for (int f = 0; f < 3; f++) {
            Map<String, Integer> ids = new HashMap<>();
            List<int[]> lengths = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                SortedVector q = v[f][i];
                featureOf[f][i] = new int[q.size()];
                positionOf[f][i] = new int[q.size()];
                for (int k = 0; k < q.size(); k++) {
                    Integer id = ids.get(q.feature(k));
                    if (id == null) {
                        id = lengths.size();
                        ids.put(q.feature(k), id);
                        lengths.add(new int[1]);
                    }
                    featureOf[f][i][k] = id;
                    positionOf[f][i][k] = lengths.get(id)[0]++;
                }
            }
            postingArticle[f] = new int[lengths.size()][];
            postingWeight[f] = new double[lengths.size()][];
            for (int id = 0; id < lengths.size(); id++) {
                postingArticle[f][id] = new int[lengths.get(id)[0]];
                postingWeight[f][id] = new double[lengths.get(id)[0]];
            }
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < featureOf[f][i].length; k++) {
                    int id = featureOf[f][i][k];
                    postingArticle[f][id][positionOf[f][i][k]] = i;
                    postingWeight[f][id][positionOf[f][i][k]] = v[f][i].weight(k);
                }
            }
        }
        // pair similarities, i < j, as adjacency lists
        int[][] neighbour = new int[m][];
        double[][] similarity = new double[m][];
        double[] best = new double[m];
        double[][] dot = new double[3][m];
        boolean[] seen = new boolean[m];
        int[] touched = new int[m];
        for (int i = 0; i < m; i++) {
            int count = 0;
            for (int f = 0; f < 3; f++) {
                double[] acc = dot[f];
                SortedVector q = v[f][i];
                for (int k = 0; k < q.size(); k++) {
                    double w = q.weight(k);
                    int[] holders = postingArticle[f][featureOf[f][i][k]];
                    double[] weightsOf = postingWeight[f][featureOf[f][i][k]];
                    for (int p = positionOf[f][i][k] + 1; p < holders.length; p++) {
                        int j = holders[p];
                        acc[j] += w * weightsOf[p];
                        if (!seen[j]) {
                            seen[j] = true;
                            touched[count++] = j;
                        }
                    }
                }
            }
            int[] js = new int[count];
            double[] ss = new double[count];
            int kept = 0;
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                double s = ArticleVectors.mix(
                        v[0][i].isEmpty() || v[0][j].isEmpty() ? Double.NaN : dot[0][j],
                        v[1][i].isEmpty() || v[1][j].isEmpty() ? Double.NaN : dot[1][j],
                        v[2][i].isEmpty() || v[2][j].isEmpty() ? Double.NaN : dot[2][j],
                        weights);
                dot[0][j] = 0;
                dot[1][j] = 0;
                dot[2][j] = 0;
                seen[j] = false;
                if (s > 0) {
                    js[kept] = j;
                    ss[kept++] = s;
                    best[i] = Math.max(best[i], s);
                    best[j] = Math.max(best[j], s);
                }
            }
            neighbour[i] = java.util.Arrays.copyOf(js, kept);
            similarity[i] = java.util.Arrays.copyOf(ss, kept);
        }
        // relative similarities; components over the pairs that reach the threshold
        int[] parent = new int[m];
        for (int i = 0; i < m; i++) {
            parent[i] = i;
            for (int t = 0; t < neighbour[i].length; t++) {
                int j = neighbour[i][t];
                double r = Math.min(1.0, similarity[i][t]
                        / Math.sqrt(Math.max(best[i], floor) * Math.max(best[j], floor)));
                similarity[i][t] = r;
            }
        }
        for (int i = 0; i < m; i++) {
            for (int t = 0; t < neighbour[i].length; t++) {
                if (similarity[i][t] >= threshold) {
                    union(parent, i, neighbour[i][t]);
                }
            }
        }
        Map<Integer, List<Integer>> components = new java.util.LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            components.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        }
        int[] labels = new int[m];
        java.util.Arrays.fill(labels, -1);
        int next = 0;
        int[] position = new int[m];
        FastAverageLink clustering = new FastAverageLink(threshold);
        for (List<Integer> component : components.values()) {
            int c = component.size();
            if (c == 1) {
                labels[component.get(0)] = next++;
                continue;
            }
            for (int p = 0; p < c; p++) {
                position[component.get(p)] = p;
            }
            double[][] matrix = new double[c][c];
            for (int p = 0; p < c; p++) {
                int i = component.get(p);
                matrix[p][p] = 1;
                for (int t = 0; t < neighbour[i].length; t++) {
                    int j = neighbour[i][t];
                    if (find(parent, j) == find(parent, i)) {
                        matrix[p][position[j]] = similarity[i][t];
                        matrix[position[j]][p] = similarity[i][t];
                    }
                }
            }
            int[] local = clustering.cluster(matrix);
            int groups = 0;
            for (int p = 0; p < c; p++) {
                labels[component.get(p)] = next + local[p];
                groups = Math.max(groups, local[p] + 1);
            }
            next += groups;
        }
        return labels;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
