package org.dossier.store;

import java.util.Arrays;

/**
 * The word shingles of a text, as sorted distinct 64-bit hashes: the set on which near-duplicates are compared.
 *
 * <p>A shingle is a run of {@value #WORDS} consecutive words. Two texts that share most of their shingles share
 * most of their sentences in the same order, which is what a syndicated copy or an updated version of an article
 * does, while two outlets writing their own reports of the same event share only a few (names and quotes, but not
 * the prose around them). Words are lower-cased runs of letters and digits, so punctuation, spacing and case
 * changes made by a copy editor do not count as differences.
 */
public final class Shingles {
    /** Words per shingle. Four keeps shared quotes from dominating while one changed word breaks only four shingles. */
    public static final int WORDS = 4;

    private Shingles() {
    }

    /** The sorted distinct shingle hashes of {@code text}; a text shorter than one shingle gives one hash per word. */
    public static long[] of(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.length, i + WORDS); j++) {
                h = Hashing.mix(h * 31 + words[j]);
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    /** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct hash sets; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int shared = intersection(a, b);
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Share of the smaller set found in the larger one: 1 when one text contains the other entirely. */
    public static double containment(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) intersection(a, b) / smaller;
    }

    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (inWord ? h : 0xcbf29ce484222325L) ^ Character.toLowerCase(c);
                h *= 0x100000001b3L; // FNV-1a step: cheap, and the shingle hash mixes the result again
                inWord = true;
            } else if (inWord) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
                inWord = false;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
