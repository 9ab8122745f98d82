package org.dossier.group.stories;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running document frequencies of one feature family (terms, names or days) over every article seen so far, for
 * the inverse document frequency {@code ln((N + 1) / df)} that the batch {@code DocumentSimilarity} uses over a
 * fixed collection. In a stream the collection is "everything so far", so the weights settle as the stream grows.
 *
 * <p>Memory: the table holds one entry per distinct feature, and in news the names keep coming (every story brings
 * its own people and places). When it exceeds its capacity, the features seen in only one document are dropped:
 * those are the vast majority of entries, and a dropped feature seen again simply counts as rare again, which it is.
 */
final class DocumentFrequencies {
    private final int capacity;
    private final HashMap<String, int[]> counts = new HashMap<>();
    private long documents;

    DocumentFrequencies(int capacity) {
        this.capacity = capacity;
    }

    /** Counts one more document holding {@code features} (each distinct feature once). */
    void add(Iterable<String> features) {
        documents++;
        for (String f : features) {
            int[] c = counts.get(f);
            if (c == null) {
                counts.put(f, new int[] {1});
            } else {
                c[0]++;
            }
        }
        if (counts.size() > capacity) {
            dropSingletons();
        }
    }

    /** {@code ln((N + 1) / df)}, with an unseen feature counted as seen once. */
    double idf(String feature) {
        int[] c = counts.get(feature);
        int df = c == null ? 1 : c[0];
        return Math.log((documents + 1.0) / df);
    }

    long documents() {
        return documents;
    }

    int size() {
        return counts.size();
    }

    private void dropSingletons() {
        Iterator<int[]> it = counts.values().iterator();
        while (it.hasNext()) {
            if (it.next()[0] <= 1) {
                it.remove();
            }
        }
    }

    /** The counts, sorted by feature (for snapshots: a stable form). */
    Map<String, Integer> toMap() {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /** Restores counts saved by {@link #toMap()}. */
    static DocumentFrequencies of(int capacity, long documents, Map<String, Integer> saved) {
        DocumentFrequencies df = new DocumentFrequencies(capacity);
        df.documents = documents;
        saved.forEach((k, v) -> df.counts.put(k, new int[] {v}));
        return df;
    }

}
