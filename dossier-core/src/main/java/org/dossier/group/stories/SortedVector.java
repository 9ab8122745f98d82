package org.dossier.group.stories;

/**
 * A unit-length weighted vector with its features in ascending order of (hash code, feature), so that the cosine
 * of two of them is one merge of two sorted lists, nearly always decided by comparing two ints. Built by {@link FamilyVector#reweighed} for the pairwise comparisons of
 * a revision. Immutable.
 */
final class SortedVector {
    static final SortedVector EMPTY = new SortedVector(new String[0], new double[0]);

    private final String[] features;
    private final double[] weights;
    private final int[] hashes;

    /** @param features in ascending order of (hash code, feature) */
    SortedVector(String[] features, double[] weights) {
        this.features = features;
        this.weights = weights;
        this.hashes = new int[features.length];
        for (int i = 0; i < features.length; i++) {
            hashes[i] = features[i].hashCode();
        }
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

    boolean isEmpty() {
        return features.length == 0;
    }

    /** The dot product of two unit vectors, i.e. their cosine. */
    double cosine(SortedVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < features.length && j < other.features.length) {
            int c = Integer.compare(hashes[i], other.hashes[j]);
            if (c == 0) {
                c = features[i].compareTo(other.features[j]);
            }
            if (c == 0) {
                dot += weights[i++] * other.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }
}
