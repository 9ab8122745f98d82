package org.dossier.group.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One feature family (terms, names or days) of one arriving article, TF-IDF weighted and cut to its strongest
 * features.
 *
 * <p>Three numbers per feature, because a story centroid must outlive the weights of the day:
 * <ul>
 *   <li>{@code weight}: the unit-length TF-IDF weight {@code (1 + ln tf) * idf / norm}: the article as a query;</li>
 *   <li>{@code mass}: the same without the IDF, {@code (1 + ln tf) / norm}; summed over a story's members it makes
 *       the centroid, to which the IDF current at comparison time is applied (see {@link Centroid});</li>
 *   <li>{@code idf}: the IDF itself, kept so that comparing the article with many stories does not look every
 *       feature up again for each of them.</li>
 * </ul>
 * The norm is taken over all features before the cut, so similarities stay comparable to the uncut ones (a little
 * lower). Features are ordered strongest first, ties by feature, so that everything built on them is
 * deterministic. Immutable (the arrays are never written after construction).
 */
final class FamilyVector {
    static final FamilyVector EMPTY = new FamilyVector(new String[0], new double[0], new double[0], new double[0]);

    private final String[] features;
    private final double[] weights;
    private final double[] masses;
    private final double[] idfs;

    private FamilyVector(String[] features, double[] weights, double[] masses, double[] idfs) {
        this.features = features;
        this.weights = weights;
        this.masses = masses;
        this.idfs = idfs;
    }

    /** Weighs {@code counts} with {@code df} and keeps the {@code limit} strongest features. */
    static FamilyVector of(Map<String, Integer> counts, DocumentFrequencies df, int limit) {
        if (counts.isEmpty()) {
            return EMPTY;
        }
        List<Row> rows = new ArrayList<>(counts.size());
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double tf = 1 + Math.log(e.getValue());
            double idf = df.idf(e.getKey());
            double w = tf * idf;
            norm += w * w;
            rows.add(new Row(e.getKey(), w, tf, idf));
        }
        if (norm == 0) {
            return EMPTY;
        }
        norm = Math.sqrt(norm);
        rows.sort(Comparator.comparingDouble((Row r) -> -r.weight).thenComparing(r -> r.feature));
        int n = Math.min(limit, rows.size());
        String[] features = new String[n];
        double[] weights = new double[n];
        double[] masses = new double[n];
        double[] idfs = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            features[i] = r.feature;
            weights[i] = r.weight / norm;
            masses[i] = r.tf / norm;
            idfs[i] = r.idf;
        }
        return new FamilyVector(features, weights, masses, idfs);
    }

    private record Row(String feature, double weight, double tf, double idf) {
    }

    /**
     * Rebuilds a vector from its IDF-free masses (a saved window article), weighed with the frequencies of now.
     * Masses are proportional to {@code 1 + ln tf}, so this is the TF-IDF vector of the kept features.
     */
    static FamilyVector ofMasses(Map<String, Double> saved, DocumentFrequencies df) {
        if (saved.isEmpty()) {
            return EMPTY;
        }
        List<Row> rows = new ArrayList<>(saved.size());
        for (Map.Entry<String, Double> e : saved.entrySet()) {
            double idf = df.idf(e.getKey());
            rows.add(new Row(e.getKey(), e.getValue() * idf, e.getValue(), idf));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -r.weight).thenComparing(r -> r.feature));
        double norm = 0;
        for (Row r : rows) {
            norm += r.weight * r.weight;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        int n = rows.size();
        String[] features = new String[n];
        double[] weights = new double[n];
        double[] masses = new double[n];
        double[] idfs = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            features[i] = r.feature;
            weights[i] = r.weight * scale;
            masses[i] = r.tf;
            idfs[i] = r.idf;
        }
        return new FamilyVector(features, weights, masses, idfs);
    }

    /** The masses by feature, for snapshots. */
    Map<String, Double> massMap() {
        Map<String, Double> out = new java.util.TreeMap<>();
        for (int i = 0; i < features.length; i++) {
            out.put(features[i], masses[i]);
        }
        return out;
    }

    /**
     * This vector re-weighed with the document frequencies of now, as a {@link SortedVector} ready for pairwise
     * cosines: the masses times today's IDF, normalised again. This is how a window article that arrived when the
     * stream was young gets the weights a batch clustering of the window would give it.
     */
    SortedVector reweighed(DocumentFrequencies df) {
        int n = features.length;
        Integer[] order = new Integer[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            w[i] = masses[i] * df.idf(features[i]);
        }
        // ordered by hash first (an int comparison settles almost every step of a cosine), then by the feature
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> features[i].hashCode())
                .thenComparing(i -> features[i]));
        double norm = 0;
        for (int k = 0; k < n; k++) {
            norm += w[order[k]] * w[order[k]]; // in feature order, so a restored vector gives the very same norm
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        String[] f = new String[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = features[order[k]];
            v[k] = w[order[k]] * scale;
        }
        return new SortedVector(f, v);
    }

    boolean isEmpty() {
        return features.length == 0;
    }

    int size() {
        return features.length;
    }

    String feature(int i) {
        return features[i];
    }

    double weight(int i) {
        return weights[i];
    }

    double mass(int i) {
        return masses[i];
    }

    double idf(int i) {
        return idfs[i];
    }
}
