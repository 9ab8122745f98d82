package org.dossier.group.stories;

/**
 * A unit-length weighted vector with its features in ascending order, so that the cosine of two of them is one
 * merge of two sorted lists (no hashing). Built by {@link FamilyVector#reweighed} for the pairwise comparisons of
 * a revision. Immutable.
 */
final class SortedVector {
    static final SortedVector EMPTY = new SortedVector(new String[0], new double[0]);

    private final String[] features;
    private final double[] weights;

    SortedVector(String[] features, double[] weights) {
        this.features = features;
        this.weights = weights;
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
            int c = features[i].compareTo(other.features[j]);
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
