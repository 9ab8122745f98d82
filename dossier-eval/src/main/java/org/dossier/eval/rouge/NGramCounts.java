package org.dossier.eval.rouge;

import java.util.Arrays;

/**
 * A multiset of n-grams, each n-gram packed into one {@code long}: sorted distinct keys with their counts.
 *
 * <p>Packing (see {@link #pair(int, int)} and {@link #single(int)}) avoids building a string per n-gram, and sorted
 * arrays make the clipped overlap of two multisets a single merge pass, which is where ROUGE spends its time.
 */
final class NGramCounts {
    /** Marks a unigram key; word ids are non-negative ints, so no pair key has this low half. */
    private static final long SINGLE_MARK = 0xFFFF_FFFFL;

    private final long[] keys;
    private final int[] counts;

    private NGramCounts(long[] keys, int[] counts) {
        this.keys = keys;
        this.counts = counts;
    }

    /** The key of an ordered word pair (a bigram or a skip-bigram). */
    static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFF_FFFFL);
    }

    /** The key of a single word. */
    static long single(int word) {
        return ((long) word << 32) | SINGLE_MARK;
    }

    /** Counts the first {@code size} keys of {@code raw} (the array is sorted in place). */
    static NGramCounts of(long[] raw, int size) {
        Arrays.sort(raw, 0, size);
        long[] keys = new long[size];
        int[] counts = new int[size];
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct > 0 && keys[distinct - 1] == raw[i]) {
                counts[distinct - 1]++;
            } else {
                keys[distinct] = raw[i];
                counts[distinct] = 1;
                distinct++;
            }
        }
        return new NGramCounts(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct));
    }

    /** Clipped overlap: for every n-gram in both, the smaller count, summed. */
    long overlap(NGramCounts other) {
        long hits = 0;
        int i = 0;
        int j = 0;
        while (i < keys.length && j < other.keys.length) {
            long a = keys[i];
            long b = other.keys[j];
            if (a == b) {
                hits += Math.min(counts[i], other.counts[j]);
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return hits;
    }
}
