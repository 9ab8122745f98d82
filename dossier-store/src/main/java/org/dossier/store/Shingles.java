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

    /** Words at the start of a text whose shingles make its {@link Profile#lead() lead}: about two sentences. */
    public static final int LEAD_WORDS = 40;

    /**
     * The shingles of a text as the near-duplicate check compares them ({@link NearDuplicatePolicy}), each array
     * sorted and distinct.
     *
     * @param all         every shingle ({@link #of})
     * @param distinctive the shingles that contain a name or a number: a capitalised word inside a sentence, or a
     *                    word with a digit. They carry what is particular to one article (who, where, how many),
     *                    while the rest can be shared by any article written from the same template or
     *                    boilerplate
     * @param lead        the shingles that start in the first {@value #LEAD_WORDS} words: the opening, which
     *                    says what the article reports
     */
    public record Profile(long[] all, long[] distinctive, long[] lead) {
        /** The profile of an empty text. */
        public static final Profile EMPTY = new Profile(new long[0], new long[0], new long[0]);
    }

    /** The sorted distinct shingle hashes of {@code text}; a text shorter than one shingle gives one hash per word. */
    public static long[] of(String text) {
        return profile(text).all();
    }

    /** The three shingle sets of {@code text}; see {@link Profile}. */
    public static Profile profile(String text) {
        Words words = words(text);
        int n = words.size;
        if (n == 0) {
            return Profile.EMPTY;
        }
        int count = Math.max(1, n - WORDS + 1);
        long[] all = new long[count];
        long[] distinctive = new long[count];
        int distinctiveCount = 0;
        int leadCount = Math.min(count, LEAD_WORDS);
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            boolean particular = false;
            for (int j = i; j < Math.min(n, i + WORDS); j++) {
                h = Hashing.mix(h * 31 + words.hashes[j]);
                particular |= words.distinctive[j];
            }
            all[i] = h;
            if (particular) {
                distinctive[distinctiveCount++] = h;
            }
        }
        long[] lead = Arrays.copyOf(all, leadCount);
        return new Profile(sortedDistinct(all), sortedDistinct(Arrays.copyOf(distinctive, distinctiveCount)),
                sortedDistinct(lead));
    }

    /**
     * The profile in a compact binary form, kept with each stored article (doc values) so that checking a
     * near-duplicate candidate reads a few hundred bytes instead of decompressing and re-shingling its text: the
     * count, every shingle as 8 bytes, then two bitmaps over them (distinctive, opening).
     */
    public static byte[] encode(Profile p) {
        long[] all = p.all();
        int n = all.length;
        int bitmap = (n + 7) / 8;
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(4 + 8 * n + 2 * bitmap);
        out.putInt(n);
        for (long h : all) {
            out.putLong(h);
        }
        byte[] distinctive = new byte[bitmap];
        byte[] lead = new byte[bitmap];
        mark(all, p.distinctive(), distinctive);
        mark(all, p.lead(), lead);
        out.put(distinctive).put(lead);
        return out.array();
    }

    /** The profile {@link #encode} wrote into {@code bytes[offset, offset + length)}. */
    public static Profile decode(byte[] bytes, int offset, int length) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, offset, length);
        int n = in.getInt();
        long[] all = new long[n];
        for (int i = 0; i < n; i++) {
            all[i] = in.getLong();
        }
        int bitmap = (n + 7) / 8;
        byte[] distinctive = new byte[bitmap];
        byte[] lead = new byte[bitmap];
        in.get(distinctive).get(lead);
        return new Profile(all, marked(all, distinctive), marked(all, lead));
    }

    /** Sets the bit of every element of {@code subset} (sorted, all in {@code all}) at its position in {@code all}. */
    private static void mark(long[] all, long[] subset, byte[] bits) {
        int j = 0;
        for (int i = 0; i < all.length && j < subset.length; i++) {
            if (all[i] == subset[j]) {
                bits[i >> 3] |= (byte) (1 << (i & 7));
                j++;
            }
        }
    }

    private static long[] marked(long[] all, byte[] bits) {
        long[] out = new long[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if ((bits[i >> 3] & (1 << (i & 7))) != 0) {
                out[n++] = all[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] sortedDistinct(long[] values) {
        Arrays.sort(values);
        return distinct(values);
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

    /** The words of a text as hashes, each flagged when it is a name or a number (see {@link Profile}). */
    private static final class Words {
        long[] hashes;
        boolean[] distinctive;
        int size;

        Words(int capacity) {
            hashes = new long[capacity];
            distinctive = new boolean[capacity];
        }

        void add(long hash, boolean particular) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                distinctive = Arrays.copyOf(distinctive, size * 2);
            }
            hashes[size] = hash;
            distinctive[size++] = particular;
        }
    }

    private static Words words(String text) {
        Words out = new Words(Math.max(16, text.length() / 5));
        long h = 0;
        boolean inWord = false;
        boolean particular = false;
        // true at the start of the text and after a sentence end: a capital there says nothing about a name
        boolean sentenceStart = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    h = 0xcbf29ce484222325L;
                    particular = Character.isUpperCase(c) && !sentenceStart;
                }
                particular |= Character.isDigit(c);
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L; // FNV-1a: cheap; the shingle hash mixes again
                inWord = true;
            } else {
                if (inWord) {
                    out.add(h, particular);
                    inWord = false;
                    sentenceStart = false;
                }
                if (c == '.' || c == '!' || c == '?' || c == '\n') {
                    sentenceStart = true;
                }
            }
        }
        return out;
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
