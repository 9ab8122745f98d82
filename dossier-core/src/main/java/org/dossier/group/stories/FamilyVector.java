package org.dossier.group.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One feature family (terms, names or days) of one article, TF-IDF weighted and cut to its strongest features.
 *
 * <p>Two numbers per feature, because a story centroid must outlive the weights of the day:
 * <ul>
 *   <li>{@code weight}: the unit-length TF-IDF weight {@code (1 + ln tf) * idf / norm} with the IDF of the moment
 *       the article arrived; this is the article as a query, and as an exemplar of its story;</li>
 *   <li>{@code mass}: the same without the IDF, {@code (1 + ln tf) / norm}; summed over a story's members it makes
 *       the centroid, to which the IDF current at comparison time is applied (see {@link StoryState}).</li>
 * </ul>
 * The norm is taken over all features before the cut, so cosines stay comparable to the uncut ones (a little
 * lower). Features are ordered strongest first, ties by feature, so that everything built on them is deterministic.
 *
 * <p>Immutable (the arrays are never handed out for writing).
 */
final class FamilyVector {
    static final FamilyVector EMPTY = new FamilyVector(new String[0], new double[0], new double[0]);

    /** The kept features, strongest first. */
    private final String[] features;
    /** Their unit-length TF-IDF weights. */
    private final double[] weights;
    /** Their weights without the IDF. */
    private final double[] masses;
    /** Positions of the features in alphabetical order, for a linear-time merge in {@link #dot}. */
    private final int[] alphabetical;

    FamilyVector(String[] features, double[] weights, double[] masses) {
        this.features = features;
        this.weights = weights;
        this.masses = masses;
        Integer[] order = new Integer[features.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> features[a].compareTo(features[b]));
        this.alphabetical = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            alphabetical[i] = order[i];
        }
    }

    String[] features() {
        return features;
    }

    double[] weights() {
        return weights;
    }

    double[] masses() {
        return masses;
    }

    /** Weighs {@code counts} with {@code df} and keeps the {@code limit} strongest features. */
    static FamilyVector of(Map<String, Integer> counts, DocumentFrequencies df, int limit) {
        if (counts.isEmpty()) {
            return EMPTY;
        }
        List<Object[]> rows = new ArrayList<>(counts.size());
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double tf = 1 + Math.log(e.getValue());
            double w = tf * df.idf(e.getKey());
            norm += w * w;
            rows.add(new Object[] {e.getKey(), w, tf});
        }
        if (norm == 0) {
            return EMPTY;
        }
        norm = Math.sqrt(norm);
        rows.sort(Comparator.<Object[]>comparingDouble(r -> -(double) r[1]).thenComparing(r -> (String) r[0]));
        int n = Math.min(limit, rows.size());
        String[] features = new String[n];
        double[] weights = new double[n];
        double[] masses = new double[n];
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            features[i] = (String) r[0];
            weights[i] = (double) r[1] / norm;
            masses[i] = (double) r[2] / norm;
        }
        return new FamilyVector(features, weights, masses);
    }

    boolean isEmpty() {
        return features.length == 0;
    }

    int size() {
        return features.length;
    }

    /** Cosine of two articles' vectors (both unit length before the cut, so a dot product over shared features). */
    double dot(FamilyVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < alphabetical.length && j < other.alphabetical.length) {
            int a = alphabetical[i];
            int b = other.alphabetical[j];
            int c = features[a].compareTo(other.features[b]);
            if (c == 0) {
                dot += weights[a] * other.weights[b];
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FamilyVector v && Arrays.equals(features, v.features) && Arrays.equals(weights, v.weights)
                && Arrays.equals(masses, v.masses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(features);
    }

    @Override
    public String toString() {
        return Arrays.toString(features);
    }
}
