package org.dossier.eval.summaries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.dossier.analyse.SentenceSplitter;

/**
 * The random baseline: sentences drawn at random from all documents of the cluster, up to a word budget.
 *
 * <p>It marks the floor: what a summary that ignores content scores, given the cluster's vocabulary. The draw is
 * seeded by the baseline's seed and the cluster id, so a cluster gets the same summary on every run and in any
 * order, and different seeds give independent draws.
 */
public final class RandomSentences implements Function<Cluster, List<String>> {
    /** The project's news splitter: baselines and ROUGE lines use the same sentences as the pipeline. */
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private final int wordBudget;
    private final long seed;

    /** Random sentences up to (about) {@code wordBudget} words, reproducible for a given {@code seed}. */
    public RandomSentences(int wordBudget, long seed) {
        if (wordBudget <= 0) {
            throw new IllegalArgumentException("wordBudget must be > 0");
        }
        this.wordBudget = wordBudget;
        this.seed = seed;
    }

    @Override
    public List<String> apply(Cluster cluster) {
        List<String> pool = new ArrayList<>();
        for (Cluster.Document d : cluster.docs()) {
            pool.addAll(SPLITTER.sentences(d.text()));
        }
        Collections.shuffle(pool, new Random(seed * 31 + cluster.id().hashCode()));
        return Lead.takeUpToBudget(pool, wordBudget);
    }

    @Override
    public String toString() {
        return "RandomSentences (" + wordBudget + " words, seed " + seed + ")";
    }
}
