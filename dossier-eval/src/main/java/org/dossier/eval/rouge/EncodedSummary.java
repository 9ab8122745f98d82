package org.dossier.eval.rouge;

import java.util.List;

/**
 * One summary (system or reference) as ROUGE counts it: the n-gram multisets of the whole text and the word ids of
 * each sentence for ROUGE-L. Immutable once built, so a reference is encoded once and scored against many systems.
 *
 * <p>n-grams run across line boundaries, as in ROUGE-1.5.5 (which joins the lines before counting). n-grams
 * containing a word no reference has ({@link Vocabulary#UNKNOWN}) are left out of the multisets, since they can
 * never match; they still count in the totals, which are computed from the length alone.
 */
final class EncodedSummary {

    /** Word ids of each line, for ROUGE-L (lines are the sentences of summary-level LCS). */
    private final int[][] sentences;
    /** Tokens of the n-gram reading: the ROUGE-1 and ROUGE-L precision base. */
    private final int tokenCount;
    /** Tokens of the sentence reading: the ROUGE-L recall base. */
    private final int lcsTokenCount;
    /** Occurrences of each word id in the n-gram reading (index = id), which clip ROUGE-L; unknown words omitted. */
    private final int[] unigramCounts;
    private final NGramCounts unigrams;
    private final NGramCounts bigrams;
    private final NGramCounts skipBigramsAndUnigrams;
    private final long bigramTotal;
    private final long skipBigramAndUnigramTotal;

    private EncodedSummary(int[] ids, int[][] sentences, Vocabulary vocabulary, int maxSkipDistance) {
        this.sentences = sentences;
        int sentenceTokens = 0;
        for (int[] s : sentences) {
            sentenceTokens += s.length;
        }
        lcsTokenCount = sentenceTokens;
        int n = ids.length;
        tokenCount = n;

        unigramCounts = new int[vocabulary.size()];
        long[] raw = new long[n];
        int size = 0;
        for (int id : ids) {
            if (id != Vocabulary.UNKNOWN) {
                unigramCounts[id]++;
                raw[size++] = NGramCounts.single(id);
            }
        }
        unigrams = NGramCounts.of(raw, size);

        raw = new long[Math.max(0, n - 1)];
        size = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (ids[i] != Vocabulary.UNKNOWN && ids[i + 1] != Vocabulary.UNKNOWN) {
                raw[size++] = NGramCounts.pair(ids[i], ids[i + 1]);
            }
        }
        bigrams = NGramCounts.of(raw, size);
        bigramTotal = Math.max(0, n - 1);

        // ROUGE-1.5.5 adds the unigram of position i inside its skip-bigram loop, which stops one token before
        // the end: the last token's unigram is never counted (a one-token summary has no SU4 units at all).
        long total = 0;
        for (int i = 0; i + 1 < n; i++) {
            total += 1 + (lastSkipPartner(i, n, maxSkipDistance) - i);
        }
        skipBigramAndUnigramTotal = total;
        raw = new long[Math.toIntExact(total)];
        size = 0;
        for (int i = 0; i + 1 < n; i++) {
            int last = lastSkipPartner(i, n, maxSkipDistance);
            if (ids[i] == Vocabulary.UNKNOWN) {
                continue;
            }
            raw[size++] = NGramCounts.single(ids[i]);
            for (int j = i + 1; j <= last; j++) {
                if (ids[j] != Vocabulary.UNKNOWN) {
                    raw[size++] = NGramCounts.pair(ids[i], ids[j]);
                }
            }
        }
        skipBigramsAndUnigrams = NGramCounts.of(raw, size);
    }

    /**
     * The last position that forms a skip-bigram with position i: at most maxSkipDistance words between, or the
     * end of the text when the distance is negative (unlimited).
     */
    private static int lastSkipPartner(int i, int n, int maxSkipDistance) {
        return maxSkipDistance < 0 ? n - 1 : (int) Math.min(n - 1L, (long) i + maxSkipDistance + 1);
    }

    /** Encodes a summary tokenised both ways (already length-limited) with the references' vocabulary. */
    static EncodedSummary of(TokenisedText text, Vocabulary vocabulary, int maxSkipDistance) {
        int n = 0;
        for (List<String> line : text.ngramLines()) {
            n += line.size();
        }
        int[] ids = new int[n];
        int k = 0;
        for (List<String> line : text.ngramLines()) {
            for (String token : line) {
                ids[k++] = vocabulary.id(token);
            }
        }
        int[][] sentences = new int[text.lcsLines().size()][];
        for (int s = 0; s < sentences.length; s++) {
            List<String> line = text.lcsLines().get(s);
            int[] sentence = new int[line.size()];
            for (int i = 0; i < sentence.length; i++) {
                sentence[i] = vocabulary.id(line.get(i));
            }
            sentences[s] = sentence;
        }
        return new EncodedSummary(ids, sentences, vocabulary, maxSkipDistance);
    }

    int[][] sentences() {
        return sentences;
    }

    int tokenCount() {
        return tokenCount;
    }

    int lcsTokenCount() {
        return lcsTokenCount;
    }

    /** Occurrences of each known word id; callers must not modify the array. */
    int[] unigramCounts() {
        return unigramCounts;
    }

    NGramCounts unigrams() {
        return unigrams;
    }

    NGramCounts bigrams() {
        return bigrams;
    }

    long bigramTotal() {
        return bigramTotal;
    }

    NGramCounts skipBigramsAndUnigrams() {
        return skipBigramsAndUnigrams;
    }

    long skipBigramAndUnigramTotal() {
        return skipBigramAndUnigramTotal;
    }
}
