package org.dossier.eval.summaries;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The centroid baseline (Radev et al., 2004, simplified as in MEAD): sentences close to the cluster's centre,
 * with a bonus for coming early in their document.
 *
 * <p>The centroid is the mean of the sentences' TF-IDF vectors, cut down to its {@link #CENTROID_WORDS}
 * heaviest terms: the words that characterise this story across all outlets. A sentence scores its cosine to
 * the centroid plus a position score {@code (n - i) / n * best}, where {@code i} is its 0-based position among
 * the {@code n} sentences of its document and {@code best} the highest centroid cosine in the cluster, so the
 * first sentence of a document gets as much bonus as the most central sentence gets from content (the scale used
 * by MEAD). Selection uses the same redundancy rule and budget as the other baselines.
 */
public final class Centroid extends RankingBaseline {
    /** How many of the heaviest terms the centroid keeps. */
    static final int CENTROID_WORDS = 50;

    /** A centroid summary of at most {@code wordBudget} words. */
    public Centroid(int wordBudget) {
        super("Centroid", wordBudget);
    }

    @Override
    double[] rank(ClusterSentences sentences) {
        return scores(sentences);
    }

    /** Centroid cosine plus position bonus of each sentence. */
    static double[] scores(ClusterSentences sentences) {
        ClusterSentences.SparseVector centroid = centroid(sentences);
        int n = sentences.size();
        double[] content = new double[n];
        double best = 0;
        for (int s = 0; s < n; s++) {
            content[s] = sentences.vectors[s].cosine(centroid);
            best = Math.max(best, content[s]);
        }
        double[] scores = new double[n];
        for (int s = 0; s < n; s++) {
            double length = sentences.documentLength.get(s);
            double position = (length - sentences.positionInDocument.get(s)) / length;
            scores[s] = content[s] + position * best;
        }
        return scores;
    }

    /** The mean TF-IDF vector, keeping only its heaviest terms (ties to the lower term id). */
    static ClusterSentences.SparseVector centroid(ClusterSentences sentences) {
        double[] sum = new double[sentences.vocabularySize];
        for (ClusterSentences.SparseVector v : sentences.vectors) {
            for (int k = 0; k < v.ids().length; k++) {
                sum[v.ids()[k]] += v.weights()[k];
            }
        }
        Map<Integer, Double> top = new TreeMap<>();
        IntStream.range(0, sum.length).boxed()
                .filter(id -> sum[id] > 0)
                .sorted((a, b) -> sum[a] != sum[b] ? Double.compare(sum[b], sum[a]) : Integer.compare(a, b))
                .limit(CENTROID_WORDS)
                // Dividing by the sentence count would not change any cosine; the sum is the mean up to scale.
                .forEach(id -> top.put(id, sum[id]));
        return ClusterSentences.SparseVector.of(top);
    }
}
