package org.dossier.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One summary (system or reference) as ROUGE sees it: length-limited, tokenised lines and the n-gram counts of
 * the whole text. Immutable once built, so a reference can be prepared once and scored against many systems.
 */
final class TokenizedSummary {

    /** Tokens of each surviving line, for ROUGE-L (lines are the sentences of summary-level LCS). */
    private final List<String[]> sentences;
    /** All tokens in order: ROUGE-N and skip-bigrams run across line boundaries. */
    private final String[] tokens;
    private final Map<String, Integer> unigrams;
    private final Map<String, Integer> bigrams;
    /**
     * Skip-bigrams ("a b" for a before b with at most maxSkipDistance words between) plus unigrams ("a") of every
     * token but the last.
     */
    private final Map<String, Integer> skipBigramsAndUnigrams;
    private final int bigramTotal;
    private final int skipBigramAndUnigramTotal;

    private TokenizedSummary(List<String[]> sentences, int maxSkipDistance) {
        this.sentences = List.copyOf(sentences);
        int n = 0;
        for (String[] s : sentences) {
            n += s.length;
        }
        tokens = new String[n];
        int k = 0;
        for (String[] s : sentences) {
            System.arraycopy(s, 0, tokens, k, s.length);
            k += s.length;
        }
        unigrams = new HashMap<>();
        for (String t : tokens) {
            unigrams.merge(t, 1, Integer::sum);
        }
        bigrams = new HashMap<>();
        for (int i = 0; i + 1 < tokens.length; i++) {
            bigrams.merge(tokens[i] + ' ' + tokens[i + 1], 1, Integer::sum);
        }
        bigramTotal = Math.max(0, tokens.length - 1);

        // ROUGE-1.5.5 adds the unigram of position i inside its skip-bigram loop, which stops one token before
        // the end: the last token's unigram is never counted (a one-token summary has no SU4 units at all).
        skipBigramsAndUnigrams = new HashMap<>();
        int skipTotal = 0;
        for (int i = 0; i + 1 < tokens.length; i++) {
            skipBigramsAndUnigrams.merge(tokens[i], 1, Integer::sum);
            skipTotal++;
            for (int j = i + 1; j < tokens.length && j - i - 1 <= maxSkipDistance; j++) {
                skipBigramsAndUnigrams.merge(tokens[i] + ' ' + tokens[j], 1, Integer::sum);
                skipTotal++;
            }
        }
        skipBigramAndUnigramTotal = skipTotal;
    }

    /** Limits, tokenises and counts the lines of one summary. */
    static TokenizedSummary of(List<String> lines, RougeOptions options, RougeTokenizer tokenizer,
                               boolean applyLimit) {
        List<String> kept = applyLimit ? LengthLimit.apply(lines, options) : lines;
        List<String[]> sentences = new ArrayList<>(kept.size());
        for (String line : kept) {
            sentences.add(tokenizer.tokenize(line).toArray(String[]::new));
        }
        return new TokenizedSummary(sentences, options.maxSkipDistance());
    }

    List<String[]> sentences() {
        return sentences;
    }

    int tokenCount() {
        return tokens.length;
    }

    Map<String, Integer> unigrams() {
        return unigrams;
    }

    Map<String, Integer> bigrams() {
        return bigrams;
    }

    int bigramTotal() {
        return bigramTotal;
    }

    Map<String, Integer> skipBigramsAndUnigrams() {
        return skipBigramsAndUnigrams;
    }

    int skipBigramAndUnigramTotal() {
        return skipBigramAndUnigramTotal;
    }

    /** Clipped overlap: for every n-gram, the smaller of its two counts, summed. */
    static long overlap(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        long hits = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                hits += Math.min(e.getValue(), other);
            }
        }
        return hits;
    }
}
