package org.dossier.eval.summaries;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The TextRank baseline (Mihalcea and Tarau, 2004): PageRank over sentences linked by shared words.
 *
 * <p>The edge between two sentences weighs the number of distinct content terms they share, divided by
 * {@code log|s1| + log|s2|} where {@code |s|} is a sentence's number of content terms. The logarithms keep long
 * sentences, which share more words with everything by sheer size, from winning on length alone. Unlike
 * {@link LexRank}, the graph is weighted and has no threshold. Ranking uses weighted PageRank with damping
 * {@link LexRank#DAMPING}; selection uses the same redundancy rule and budget as the other baselines.
 */
public final class TextRank implements Function<Cluster, List<String>> {
    private final int wordBudget;

    /** A TextRank summary of at most {@code wordBudget} words. */
    public TextRank(int wordBudget) {
        if (wordBudget <= 0) {
            throw new IllegalArgumentException("wordBudget must be > 0");
        }
        this.wordBudget = wordBudget;
    }

    @Override
    public List<String> apply(Cluster cluster) {
        ClusterSentences sentences = new ClusterSentences(cluster);
        if (sentences.size() == 0) {
            return List.of();
        }
        return RedundancyAwarePicker.pick(sentences, scores(sentences), wordBudget);
    }

    /** Weighted PageRank score of each sentence in the word-overlap graph. */
    static double[] scores(ClusterSentences sentences) {
        int n = sentences.size();
        List<Set<String>> words = new java.util.ArrayList<>(n);
        double[] logLength = new double[n];
        for (int i = 0; i < n; i++) {
            words.add(new HashSet<>(sentences.terms.get(i)));
            logLength[i] = Math.log(sentences.terms.get(i).size());
        }
        double[][] weights = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double denominator = logLength[i] + logLength[j];
                // Two one-word sentences give log 1 + log 1 = 0: no meaningful similarity, no edge.
                if (denominator <= 0) {
                    continue;
                }
                double w = overlap(words.get(i), words.get(j)) / denominator;
                weights[i][j] = w;
                weights[j][i] = w;
            }
        }
        return PageRank.scores(weights, LexRank.DAMPING);
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    @Override
    public String toString() {
        return "TextRank (" + wordBudget + " words)";
    }
}
