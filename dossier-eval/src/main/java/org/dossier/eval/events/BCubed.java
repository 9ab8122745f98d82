package org.dossier.eval.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin's item-wise measure).
 *
 * <p>For each item: precision is the share of its predicted cluster that shares its gold label, recall the share
 * of its gold class that ended up in its predicted cluster; both are averaged over items, and F1 is the harmonic
 * mean of the two averages. Putting everything in one cluster gives recall 1, every item alone gives precision 1.
 *
 * @param precision mean item precision
 * @param recall    mean item recall
 * @param items     how many items were scored
 */
public record BCubed(double precision, double recall, int items) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores predicted labels against gold labels, item by item (lists of the same length). */
    public static <P, G> BCubed score(List<P> predicted, List<G> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted " + predicted.size() + " vs gold " + gold.size());
        }
        int n = predicted.size();
        Map<P, Integer> clusterSize = new HashMap<>();
        Map<G, Integer> classSize = new HashMap<>();
        Map<List<Object>, Integer> overlap = new HashMap<>();
        for (int i = 0; i < n; i++) {
            clusterSize.merge(predicted.get(i), 1, Integer::sum);
            classSize.merge(gold.get(i), 1, Integer::sum);
            overlap.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int both = overlap.get(List.of(predicted.get(i), gold.get(i)));
            p += (double) both / clusterSize.get(predicted.get(i));
            r += (double) both / classSize.get(gold.get(i));
        }
        return n == 0 ? new BCubed(0, 0, 0) : new BCubed(p / n, r / n, n);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d docs)", precision, recall, f1(), items);
    }

}
