package org.dossier.eval.summaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.eval.rouge.LengthLimit;

/**
 * Turns sentence scores into a summary: best first, no near-repeats, whole sentences within a word budget.
 *
 * <p>All three ranking baselines share this step so that they differ only in how they score. Sentences are
 * visited from the highest score down (ties go to the earlier sentence, so the result is deterministic). A
 * sentence is skipped when its TF-IDF cosine to a sentence already chosen exceeds {@link #MAX_SIMILARITY}: many
 * outlets repeat the same fact, and the second copy adds words but no content. A sentence that would take the
 * summary over the budget is skipped too (a shorter one further down may still fit), so the summary never needs
 * to be cut. Lines come out in the order they were picked.
 */
final class RedundancyAwarePicker {
    /** Cosine above which a sentence counts as a repeat of one already chosen. */
    static final double MAX_SIMILARITY = 0.5;

    private RedundancyAwarePicker() {
    }

    static List<String> pick(ClusterSentences sentences, double[] scores, int wordBudget) {
        Integer[] order = IntStream.range(0, sentences.size()).boxed().toArray(Integer[]::new);
        // Stable sort: equal scores keep reading order.
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        List<Integer> chosen = new ArrayList<>();
        List<String> out = new ArrayList<>();
        int words = 0;
        for (int candidate : order) {
            if (words >= wordBudget) {
                break;
            }
            int length = LengthLimit.wordCount(sentences.texts.get(candidate));
            if (words + length > wordBudget || isRepeat(sentences, candidate, chosen)) {
                continue;
            }
            chosen.add(candidate);
            out.add(sentences.texts.get(candidate));
            words += length;
        }
        return out;
    }

    private static boolean isRepeat(ClusterSentences sentences, int candidate, List<Integer> chosen) {
        for (int c : chosen) {
            if (sentences.cosine(candidate, c) > MAX_SIMILARITY) {
                return true;
            }
        }
        return false;
    }
}
