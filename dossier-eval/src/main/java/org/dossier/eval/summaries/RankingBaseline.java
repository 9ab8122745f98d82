package org.dossier.eval.summaries;

import java.util.List;
import java.util.function.Function;

/**
 * What the sentence-ranking baselines share: the cluster's sentences prepared as the pipeline prepares them
 * ({@link ClusterSentences}), one score per sentence from the subclass, and the same redundancy rule and word budget
 * ({@link RedundancyAwarePicker}), so that only the ranking differs between them.
 */
abstract class RankingBaseline implements Function<Cluster, List<String>> {
    private final String name;
    private final int wordBudget;

    RankingBaseline(String name, int wordBudget) {
        if (wordBudget <= 0) {
            throw new IllegalArgumentException("wordBudget must be > 0");
        }
        this.name = name;
        this.wordBudget = wordBudget;
    }

    /** One score per sentence, higher is better. */
    abstract double[] rank(ClusterSentences sentences);

    @Override
    public final List<String> apply(Cluster cluster) {
        ClusterSentences sentences = new ClusterSentences(cluster);
        if (sentences.size() == 0) {
            return List.of();
        }
        return RedundancyAwarePicker.pick(sentences, rank(sentences), wordBudget);
    }

    @Override
    public String toString() {
        return name + " (" + wordBudget + " words)";
    }
}
