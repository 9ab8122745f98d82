package org.dossier.group.stories;

import java.util.List;
import org.dossier.group.events.DocumentSimilarity;

/**
 * Re-clusters a small neighbourhood of recent articles from scratch, the way the batch clustering would: every
 * pair compared with the document frequencies of now, then average-link agglomeration with a threshold.
 *
 * <p>Pair similarity is the mix of {@link DocumentSimilarity} (terms and names weighted, disagreeing days scaling
 * down), over the articles' vectors re-weighed with today's IDF. Like the batch stream setting
 * ({@code EventClusterer.forStream()}), each similarity is then measured against the two articles' nearest
 * neighbours, {@code s(i,j) / sqrt(best(i) * best(j))}: a threshold on that relative value does not depend on how
 * long or how varied two reports are. In a stream the nearest neighbour is only known among the articles seen, so
 * {@code best(i)} is taken over the neighbourhood but never below the absolute {@code floor}: an article with no
 * close neighbour at all (a lone report) is not made to look close to its best weak match.
 *
 * <p>Stateless; cost {@code O(m^2)} pair comparisons and about as much agglomeration ({@link FastAverageLink},
 * the same clusters as the events package's average link) for {@code m} articles, which the caller bounds.
 */
final class NeighbourhoodClustering {
    private final DocumentSimilarity.Weights weights;
    private final FastAverageLink clustering;
    private final double floor;

    /**
     * @param weights  family weights, as in the event clustering
     * @param relative least nearest-neighbour-relative average similarity for two groups to be one story
     * @param floor    the least nearest-neighbour similarity assumed for any article
     */
    NeighbourhoodClustering(DocumentSimilarity.Weights weights, double relative, double floor) {
        this.weights = weights;
        this.clustering = new FastAverageLink(relative);
        this.floor = floor;
    }

    /** The result: a cluster number per article, and the absolute pair similarities it was built from. */
    record Result(int[] labels, double[][] similarity) {
        /** Mean absolute similarity of article {@code i} to the other members of its cluster (0 when alone). */
        double meanToCluster(int i) {
            double sum = 0;
            int n = 0;
            for (int j = 0; j < labels.length; j++) {
                if (j != i && labels[j] == labels[i]) {
                    sum += similarity[i][j];
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }
    }

    Result cluster(List<WindowArticle> articles, StreamFrequencies df) {
        int m = articles.size();
        SortedVector[][] v = new SortedVector[m][];
        for (int i = 0; i < m; i++) {
            ArticleVectors a = articles.get(i).vectors;
            v[i] = new SortedVector[] {a.terms().reweighed(df.terms()), a.names().reweighed(df.names()),
                a.dates().reweighed(df.dates())};
        }
        double[][] sim = new double[m][m];
        double[] best = new double[m];
        for (int i = 0; i < m; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < m; j++) {
                double s = pair(v[i], v[j]);
                sim[i][j] = s;
                sim[j][i] = s;
                best[i] = Math.max(best[i], s);
                best[j] = Math.max(best[j], s);
            }
        }
        double[][] relative = new double[m][m];
        for (int i = 0; i < m; i++) {
            relative[i][i] = 1;
            for (int j = i + 1; j < m; j++) {
                double r = Math.min(1.0, sim[i][j] / Math.sqrt(Math.max(best[i], floor) * Math.max(best[j], floor)));
                relative[i][j] = r;
                relative[j][i] = r;
            }
        }
        return new Result(clustering.cluster(relative), sim);
    }

    private double pair(SortedVector[] a, SortedVector[] b) {
        return ArticleVectors.mix(
                a[0].isEmpty() || b[0].isEmpty() ? Double.NaN : a[0].cosine(b[0]),
                a[1].isEmpty() || b[1].isEmpty() ? Double.NaN : a[1].cosine(b[1]),
                a[2].isEmpty() || b[2].isEmpty() ? Double.NaN : a[2].cosine(b[2]),
                weights);
    }
}
